using System.Globalization;
using System.Text.Json;

namespace Assessment.Cli.Contests;

/// <summary>A body's contest of a score in review, as the reporting service answers it (JSON, camelCase).</summary>
internal sealed record Contest(
    string Id, string CycleId, string BodyCode, string? IndicatorCode, string? Area, string Reason, string Status,
    string? SubmittedBy, string? SubmittedAt, string? Answer, string? Outcome, string? AnsweredBy, string? AnsweredAt)
{
    public static Contest From(JsonElement json)
    {
        string? Text(string name) => json.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

        return new Contest(Text("id") ?? "?", Text("cycleId") ?? "", Text("bodyCode") ?? "", Text("indicatorCode"), Text("area"),
            Text("reason") ?? "", Text("status") ?? "", Text("submittedBy"), Time(Text("submittedAt")), Text("answer"), Text("outcome"),
            Text("answeredBy"), Time(Text("answeredAt")));
    }

    /// <summary>What is contested: an indicator, an area, or the overall score.</summary>
    public string Subject => IndicatorCode is { Length: > 0 } i ? $"indicator {i}" : Area is { Length: > 0 } a ? $"area {a}" : "overall score";

    private static string? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture)
            : text;
}
