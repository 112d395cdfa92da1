namespace Assessment.Scoring.Engine.Scoring;

/// <summary>
/// What to include in a run. Lineage explains every number but costs an allocation per body, node and
/// indicator; the Monte Carlo and benchmarks switch it off.
/// </summary>
public sealed record ScoreOptions(bool IncludeLineage = true, bool IncludeIndicatorTraces = true)
{
    public static readonly ScoreOptions Full = new();
    public static readonly ScoreOptions ScoresOnly = new(false, false);
}
