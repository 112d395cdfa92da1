using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Assessment.Cli.Remote;

/// <summary>
/// Reads an error answer into an <see cref="HttpFailure"/>: problem+json (title, detail), the portal's HTML error page
/// (its heading and the detail line under it), or else the first words of whatever came back.
/// </summary>
internal static partial class HttpProblem
{
    private const int MaxRead = 64 * 1024;

    public static async Task<HttpFailure> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await ReadPrefixAsync(response, cancellationToken);
        var media = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        var fallbackTitle = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        if (media.Contains("json", StringComparison.OrdinalIgnoreCase) && FromJson(text) is { } problem)
        {
            return new HttpFailure(response.StatusCode, problem.Title ?? fallbackTitle, problem.Detail);
        }

        if (media.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            var heading = Clean(Heading().Match(text).Groups[1].Value);
            var detail = Clean(Detail().Match(text).Groups[1].Value);
            return new HttpFailure(response.StatusCode, heading.Length > 0 ? $"{fallbackTitle}: {heading}" : fallbackTitle, detail.Length > 0 ? detail : null);
        }

        var words = text.Trim();
        return new HttpFailure(response.StatusCode, fallbackTitle, words.Length == 0 ? null : words[..Math.Min(words.Length, 300)]);
    }

    private static (string? Title, string? Detail)? FromJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            string? Field(string name) => document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var detail = Field("detail");
            // Validation problems list their errors per field; show them all rather than only "one or more errors".
            if (document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                var lines = errors.EnumerateObject().SelectMany(e => e.Value.ValueKind == JsonValueKind.Array
                    ? e.Value.EnumerateArray().Select(m => $"{e.Name}: {m}")
                    : [$"{e.Name}: {e.Value}"]);
                detail = string.Join("; ", (detail is null ? [] : new[] { detail }).Concat(lines));
            }

            return (Field("title"), detail);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string> ReadPrefixAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxRead];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static string Clean(string html) => WebUtility.HtmlDecode(Tags().Replace(html, string.Empty)).Trim();

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex("<p class=\"muted\"[^>]*>(.*?)</p>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Detail();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
