using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Methodology;

/// <summary>
/// A node of the methodology tree: the root, an area, a sub-area, or an indicator leaf
/// (<see cref="IsIndicator"/>, whose code refers to an <see cref="IndicatorSpec"/>).
/// <see cref="Weight"/> is this node's weight inside its parent; null when the parent uses equal weights.
/// </summary>
public sealed record TreeNode(
    string Code,
    LocalizedText? Title,
    bool IsIndicator,
    double? Weight,
    bool EqualWeights,
    AggregationMethod Aggregation,
    double? MinCoverage,
    ImmutableArray<TreeNode> Children,
    string Path,
    SourceMark Mark = default);
