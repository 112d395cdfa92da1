namespace Assessment.Bench.Ingest;

/// <summary>One push of the benchmark: its id and its values (distinct keys).</summary>
internal sealed record PlannedSubmission(string SubmissionId, IReadOnlyList<PlannedValue> Values);
