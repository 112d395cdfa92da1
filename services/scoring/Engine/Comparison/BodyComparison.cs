namespace Assessment.Scoring.Engine.Comparison;

/// <summary>
/// One body under two methodologies: overall score, rank and band under each, and the shifts
/// (score B - A on each methodology's own scale, rank A - B so that positive means moved up).
/// </summary>
public sealed record BodyComparison(
    string Body,
    double? ScoreA,
    double? ScoreB,
    double? ScoreShift,
    int? RankA,
    int? RankB,
    int? RankShift,
    string? BandA,
    string? BandB,
    bool BandChanged);
