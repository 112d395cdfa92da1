namespace Assessment.Reporting.Contests;

/// <summary>A body's written challenge of a score or indicator value in a cycle under review, and the admin's answer.</summary>
public sealed record Contest(
    string Id,
    string CycleId,
    string BodyCode,
    string? IndicatorCode,
    string? Area,
    string Reason,
    string Status,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string? Answer,
    string? Outcome,
    string? AnsweredBy,
    DateTimeOffset? AnsweredAt)
{
    public const string Open = "open";
    public const string Answered = "answered";
}
