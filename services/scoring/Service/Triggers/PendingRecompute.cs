namespace Assessment.Scoring.Triggers;

/// <summary>
/// A cycle waiting for an automatic run: when the first and the latest feed for it arrived, how many feeds, and how
/// many of their trace contexts are kept for the run's span.
/// </summary>
public sealed record PendingRecompute(string CycleId, DateTimeOffset FirstTriggerAt, DateTimeOffset LastTriggerAt, int Submissions, int Traces = 0);
