using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Methodology;

/// <summary>Aggregation methods that a node may use instead of its declared one in the uncertainty analysis.</summary>
public sealed record AggregationAlternative(string Node, ImmutableArray<AggregationMethod> Methods, SourceMark Mark = default);
