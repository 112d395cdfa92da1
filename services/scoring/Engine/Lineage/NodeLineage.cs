using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Lineage;

/// <summary>
/// The explanation of one node's score: Offset (the scale minimum) plus the sum of the contributions equals the
/// unrounded score. Under arithmetic aggregation a contribution is exactly effective weight x normalised value
/// (on the published scale). Under other aggregations the node's score is attributed to children in
/// proportion to weight x child score, recursively, so contributions still add up to the score and a child
/// with a larger weighted value is credited with more.
/// </summary>
public sealed record NodeLineage(string Node, double? Unrounded, double Offset, ImmutableArray<IndicatorContribution> Contributions);
