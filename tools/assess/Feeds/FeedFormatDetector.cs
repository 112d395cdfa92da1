using System.Text;
using System.Text.Json;

namespace Assessment.Cli.Feeds;

/// <summary>
/// Tells the layout from the content: JSON with "dataValues" is DHIS2, other JSON is a SubmitRequest; CSV whose header
/// has indicator and value columns is long, any other CSV is wide (one row per body).
/// </summary>
internal static class FeedFormatDetector
{
    public static FeedFormat Detect(ReadOnlySpan<byte> content)
    {
        var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.TryGetProperty("dataValues", out _) ? FeedFormat.Dhis2Json : FeedFormat.SubmitJson;
            }
            catch (JsonException)
            {
                return FeedFormat.SubmitJson;
            }
        }

        var firstLine = text.Split('\n', 2)[0];
        var header = firstLine.Split(',').Select(h => h.Trim().Trim('"').Trim().ToLowerInvariant()).ToHashSet();
        return LongCsvColumns.Indicator.Any(header.Contains) && LongCsvColumns.Value.Any(header.Contains) ? FeedFormat.LongCsv : FeedFormat.WideCsv;
    }
}
