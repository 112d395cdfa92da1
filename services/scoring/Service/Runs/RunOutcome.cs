namespace Assessment.Scoring.Runs;

/// <summary>The run a computation ended with, and whether it is new (false: the inputs had not changed since the latest run).</summary>
public sealed record RunOutcome(StoredRun Run, bool Created);
