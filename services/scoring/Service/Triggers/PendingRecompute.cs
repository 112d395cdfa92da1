namespace Assessment.Scoring.Triggers;

/// <summary>A cycle waiting for an automatic run: when the first and the latest feed for it arrived, and how many feeds.</summary>
public sealed record PendingRecompute(string CycleId, DateTimeOffset FirstTriggerAt, DateTimeOffset LastTriggerAt, int Submissions);
