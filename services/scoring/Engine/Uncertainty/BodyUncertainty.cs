using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>
/// One body's rank distribution over the samples: 5th, 50th and 95th percentiles (linear interpolation between
/// order statistics), the probability of each band, and the share of samples in which it was unranked.
/// Percentiles are null when the body was never ranked.
/// </summary>
public sealed record BodyUncertainty(
    string Body,
    double? RankP05,
    double? RankMedian,
    double? RankP95,
    ImmutableArray<BandProbability> Bands,
    double UnrankedProbability);
