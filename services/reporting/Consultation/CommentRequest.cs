namespace Assessment.Reporting.Consultation;

/// <summary>POST /api/v1/reporting/consultations/{methodologyId}/{version}/comments.</summary>
public sealed record CommentRequest(string? TargetKind, string? Target, string? Text);
