namespace Assessment.Reporting.Contests;

/// <summary>POST /api/v1/reporting/cycles/{cycleId}/contests: what is contested (the body's overall score, an indicator or an area) and why.</summary>
public sealed record ContestRequest(string? BodyCode, string? IndicatorCode, string? Area, string? Reason);
