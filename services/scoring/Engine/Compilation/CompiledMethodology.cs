using System.Collections.Immutable;
using Assessment.Scoring.Engine.Methodology;
using Assessment.Scoring.Engine.Normalisation;
using MethodologyDocument = Assessment.Scoring.Engine.Methodology.Methodology;

namespace Assessment.Scoring.Engine.Compilation;

/// <summary>
/// A validated methodology flattened into index-based arrays so that scoring loops touch no dictionary,
/// no string and no record. Indicators keep the methodology's order. Tree nodes (non-leaf) are numbered in
/// post-order, so children are always computed before their parent and the root is the last node. A child
/// "slot" below <see cref="IndicatorCount"/> is an indicator; otherwise it is node (slot - IndicatorCount).
/// Goalposts and targets are stored already transformed.
/// </summary>
public sealed class CompiledMethodology
{
    private CompiledMethodology(MethodologyDocument source)
    {
        Source = source;
    }

    public MethodologyDocument Source { get; }

    public int IndicatorCount { get; private init; }
    public int NodeCount { get; private init; }
    public int RootNode => NodeCount - 1;

    public ImmutableArray<string> IndicatorCodes { get; private init; }
    public ImmutableArray<string> NodeCodes { get; private init; }
    public ImmutableArray<TreeNode> Nodes { get; private init; }

    /// <summary>Nodes root first, each followed by its sub-areas (the order of output columns).</summary>
    public ImmutableArray<int> OutputOrder { get; private init; }

    internal bool[] LowerIsBetter { get; private init; } = [];
    internal Transform[] Transforms { get; private init; } = [];
    internal NormalisationMethod[] Normalisations { get; private init; } = [];
    internal double[] GoalMin { get; private init; } = [];
    internal double[] GoalMax { get; private init; } = [];
    internal double[] Targets { get; private init; } = [];
    internal double[] Baselines { get; private init; } = [];
    internal double[] Floors { get; private init; } = [];
    internal double[] CapMin { get; private init; } = [];
    internal double[] CapMax { get; private init; } = [];
    internal MissingTreatment[] MissingTreatments { get; private init; } = [];
    internal bool[] OutlierTreatment { get; private init; } = [];

    internal AggregationMethod[] Aggregations { get; private init; } = [];
    internal double[] MinCoverage { get; private init; } = [];
    internal int[] ChildStart { get; private init; } = [];
    internal int[] ChildCount { get; private init; } = [];
    internal int[] ChildSlot { get; private init; } = [];
    /// <summary>Declared weights of each parent-child edge, normalised to sum 1 per node.</summary>
    internal double[] ChildWeight { get; private init; } = [];
    /// <summary>Indicators below each node (for coverage and lineage).</summary>
    internal int[] LeafStart { get; private init; } = [];
    internal int[] LeafCount { get; private init; } = [];
    internal int[] Leaves { get; private init; } = [];
    /// <summary>Code of the child at each edge (for naming weight assumptions).</summary>
    internal ImmutableArray<string> EdgeChildCodes { get; private init; }

    public int EdgeCount => ChildSlot.Length;

    public int IndexOfNode(string code) => NodeCodes.IndexOf(code, StringComparer.Ordinal);

    public int IndexOfIndicator(string code) => IndicatorCodes.IndexOf(code, StringComparer.Ordinal);

    /// <summary>Loads, validates and compiles methodology text; throws <see cref="MethodologyException"/> listing every error.</summary>
    public static CompiledMethodology FromYaml(string yaml) => Compile(MethodologyLoader.Load(yaml).GetOrThrow());

    /// <summary>Compiles a methodology; validates it first and throws <see cref="MethodologyException"/> if invalid.</summary>
    public static CompiledMethodology Compile(MethodologyDocument methodology)
    {
        var errors = MethodologyValidator.Validate(methodology);
        if (!errors.IsEmpty)
        {
            throw new MethodologyException(errors);
        }

        var indicators = methodology.Indicators;
        var count = indicators.Length;
        var indicatorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            indicatorIndex[indicators[i].Code] = i;
        }

        var nodes = new List<TreeNode>();
        var nodeIndex = new Dictionary<TreeNode, int>(ReferenceEqualityComparer.Instance);
        PostOrder(methodology.Root, nodes, nodeIndex);

        var childStart = new int[nodes.Count];
        var childCount = new int[nodes.Count];
        var slots = new List<int>();
        var weights = new List<double>();
        var edgeCodes = ImmutableArray.CreateBuilder<string>();
        var leafStart = new int[nodes.Count];
        var leafCount = new int[nodes.Count];
        var leaves = new List<int>();
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            childStart[n] = slots.Count;
            childCount[n] = node.Children.Length;
            var sum = 0.0;
            foreach (var child in node.Children)
            {
                sum += node.EqualWeights ? 1 : child.Weight ?? 0;
            }
            foreach (var child in node.Children)
            {
                slots.Add(child.IsIndicator ? indicatorIndex[child.Code] : count + nodeIndex[child]);
                weights.Add((node.EqualWeights ? 1 : child.Weight ?? 0) / sum);
                edgeCodes.Add(child.Code);
            }
            leafStart[n] = leaves.Count;
            CollectLeaves(node, indicatorIndex, leaves);
            leafCount[n] = leaves.Count - leafStart[n];
        }

        var output = new List<int>();
        PreOrder(methodology.Root, nodeIndex, output);

        return new CompiledMethodology(methodology)
        {
            IndicatorCount = count,
            NodeCount = nodes.Count,
            IndicatorCodes = [.. indicators.Select(i => i.Code)],
            NodeCodes = [.. nodes.Select(n => n.Code)],
            Nodes = [.. nodes],
            OutputOrder = [.. output],
            LowerIsBetter = [.. indicators.Select(i => i.Direction == Direction.Lower)],
            Transforms = [.. indicators.Select(i => i.Transform)],
            Normalisations = [.. indicators.Select(i => i.Normalisation.Method)],
            GoalMin = [.. indicators.Select(i => TransformOrNaN(i.Normalisation.Min, i.Transform))],
            GoalMax = [.. indicators.Select(i => TransformOrNaN(i.Normalisation.Max, i.Transform))],
            Targets = [.. indicators.Select(i => TransformOrNaN(i.Normalisation.Target, i.Transform))],
            Baselines = [.. indicators.Select(i => i.Normalisation.Method == NormalisationMethod.Target ? TransformOrNaN(i.Normalisation.Min ?? i.Normalisation.Max, i.Transform) : double.NaN)],
            Floors = [.. indicators.Select(i => i.Normalisation.Floor)],
            CapMin = [.. indicators.Select(i => i.Cap?.Min ?? double.NaN)],
            CapMax = [.. indicators.Select(i => i.Cap?.Max ?? double.NaN)],
            MissingTreatments = [.. indicators.Select(i => i.Missing ?? methodology.Missing.Treatment)],
            OutlierTreatment = [.. indicators.Select(i => methodology.Outliers.Enabled && i.Outliers)],
            Aggregations = [.. nodes.Select(n => n.Aggregation)],
            MinCoverage = [.. nodes.Select(n => n.MinCoverage ?? methodology.Missing.MinCoverage)],
            ChildStart = childStart,
            ChildCount = childCount,
            ChildSlot = [.. slots],
            ChildWeight = [.. weights],
            EdgeChildCodes = edgeCodes.ToImmutable(),
            LeafStart = leafStart,
            LeafCount = leafCount,
            Leaves = [.. leaves],
        };
    }

    private static double TransformOrNaN(double? value, Transform transform) =>
        value is null ? double.NaN : ValueTransform.Apply(transform, value.Value);

    private static void PostOrder(TreeNode node, List<TreeNode> nodes, Dictionary<TreeNode, int> index)
    {
        foreach (var child in node.Children)
        {
            if (!child.IsIndicator)
            {
                PostOrder(child, nodes, index);
            }
        }
        index[node] = nodes.Count;
        nodes.Add(node);
    }

    private static void PreOrder(TreeNode node, Dictionary<TreeNode, int> index, List<int> output)
    {
        output.Add(index[node]);
        foreach (var child in node.Children)
        {
            if (!child.IsIndicator)
            {
                PreOrder(child, index, output);
            }
        }
    }

    private static void CollectLeaves(TreeNode node, Dictionary<string, int> indicatorIndex, List<int> leaves)
    {
        foreach (var child in node.Children)
        {
            if (child.IsIndicator)
            {
                leaves.Add(indicatorIndex[child.Code]);
            }
            else
            {
                CollectLeaves(child, indicatorIndex, leaves);
            }
        }
    }
}
