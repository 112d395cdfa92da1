namespace Assessment.Reporting.Contests;

/// <summary>POST /api/v1/reporting/contests/{id}/answer: the assessment centre's written answer and its outcome.</summary>
public sealed record ContestAnswerRequest(string? Answer, string? Outcome);
