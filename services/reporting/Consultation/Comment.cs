namespace Assessment.Reporting.Consultation;

/// <summary>A registered CSO's comment on one indicator, weight or rule of a methodology version, with the public answer.</summary>
public sealed record Comment(
    string Id,
    string MethodologyId,
    string MethodologyVersion,
    string TargetKind,
    string Target,
    string Text,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string? Answer,
    string? AnsweredBy,
    DateTimeOffset? AnsweredAt,
    ComparisonSummary? Comparison);
