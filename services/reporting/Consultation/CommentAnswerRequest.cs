namespace Assessment.Reporting.Consultation;

/// <summary>POST /api/v1/reporting/comments/{id}/answer: the public answer, optionally with a comparison run attached.</summary>
public sealed record CommentAnswerRequest(string? Text, ComparisonRequest? Comparison);

/// <summary>Which candidate version to score the cycle's data under, against the commented version.</summary>
public sealed record ComparisonRequest(string? CandidateMethodologyId, string? CandidateVersion, string? CycleId);
