namespace Assessment.Scoring.Engine.Scoring;

/// <summary>
/// One node's score for one body on the published scale. Score is rounded as published (half away from zero);
/// null when withheld for low coverage or when no data at all - never zero by default.
/// Change is against the previous period scored under the same methodology.
/// </summary>
public sealed record NodeScore(
    string Code,
    double? Score,
    double? Unrounded,
    double Coverage,
    bool Withheld,
    double? PreviousScore,
    double? Change);
