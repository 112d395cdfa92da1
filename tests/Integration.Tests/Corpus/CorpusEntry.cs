using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assessment.Integration.Tests.Corpus;

/// <summary>One malformed feed of the corpus and the error it must get (a row of Corpus/manifest.json).</summary>
public sealed record CorpusEntry(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("transport")] string Transport,
    [property: JsonPropertyName("status")] JsonElement Status,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("row")] int Row,
    [property: JsonPropertyName("token")] string? Token = null,
    [property: JsonPropertyName("query")] string? Query = null,
    [property: JsonPropertyName("message")] string? Message = null,
    [property: JsonPropertyName("cancel_after")] int? CancelAfter = null)
{
    public const string Generated = "generated:";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<CorpusEntry> All { get; } =
        JsonSerializer.Deserialize<List<CorpusEntry>>(System.IO.File.ReadAllText(Path.Combine(Folder, "manifest.json")))!;

    public string HttpStatus => Status.ValueKind == JsonValueKind.Number ? Status.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : Status.GetString()!;

    public byte[] ReadBytes() => System.IO.File.ReadAllBytes(Path.Combine(Folder, File));

    /// <summary>
    /// The file's bytes as they are (a UTF-16 feed stays UTF-16), with the UTF-8 placeholder submission id replaced by a
    /// fresh one, so no entry replays another.
    /// </summary>
    public byte[] ReadBytes(string submissionId)
    {
        var placeholder = "SUBMISSION_ID"u8.ToArray();
        var id = System.Text.Encoding.UTF8.GetBytes(submissionId);
        var bytes = ReadBytes();
        var result = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes.AsSpan(i).StartsWith(placeholder))
            {
                result.AddRange(id);
                i += placeholder.Length;
            }
            else
            {
                result.Add(bytes[i++]);
            }
        }

        return [.. result];
    }

    /// <summary>The file's text with its placeholder submission id replaced by a fresh one, so no entry replays another.</summary>
    public string ReadText(string submissionId) => System.IO.File.ReadAllText(Path.Combine(Folder, File)).Replace("SUBMISSION_ID", submissionId, StringComparison.Ordinal);

    public override string ToString() => File;
}
