using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Methodology;

/// <summary>
/// The rules that span the whole methodology: references, weights, goalposts, tree shape, means over values
/// that can be zero, bands and uncertainty alternatives. Every error carries line, column and path.
/// </summary>
public static class MethodologyValidator
{
    public const double WeightTolerance = 1e-9;

    public static ImmutableArray<MethodologyError> Validate(Methodology methodology)
    {
        var errors = ImmutableArray.CreateBuilder<MethodologyError>();
        var indicators = ValidateIndicators(methodology, errors);
        ValidateTree(methodology, indicators, errors);
        ValidateBands(methodology, errors);
        ValidateUncertainty(methodology, indicators, errors);
        return errors.ToImmutable();
    }

    private static Dictionary<string, (IndicatorSpec Spec, int Index)> ValidateIndicators(
        Methodology methodology, ImmutableArray<MethodologyError>.Builder errors)
    {
        var byCode = new Dictionary<string, (IndicatorSpec, int)>(StringComparer.Ordinal);
        for (var i = 0; i < methodology.Indicators.Length; i++)
        {
            var indicator = methodology.Indicators[i];
            var path = $"indicators[{i}]";
            if (!byCode.TryAdd(indicator.Code, (indicator, i)))
            {
                errors.Add(new(indicator.Mark, path + ".code", $"indicator code '{indicator.Code}' is defined twice (first at {byCode[indicator.Code].Item1.Mark})"));
            }
            ValidateNormalisation(indicator, path + ".normalisation", errors);
        }
        return byCode;
    }

    private static void ValidateNormalisation(IndicatorSpec indicator, string path, ImmutableArray<MethodologyError>.Builder errors)
    {
        var spec = indicator.Normalisation;
        switch (spec.Method)
        {
            case NormalisationMethod.Goalposts:
                if (spec.Min is null || spec.Max is null)
                {
                    errors.Add(new(spec.Mark, path, $"goalposts normalisation of '{indicator.Code}' needs both min and max goalposts"));
                }
                else if (spec.Min >= spec.Max)
                {
                    errors.Add(new(spec.Mark, path, $"goalpost min ({spec.Min}) must be below max ({spec.Max}) for '{indicator.Code}'"));
                }
                else
                {
                    CheckTransformDomain(indicator, spec.Min.Value, "goalpost min", path, errors);
                }
                break;
            case NormalisationMethod.Target:
                if (spec.Target is null)
                {
                    errors.Add(new(spec.Mark, path, $"target normalisation of '{indicator.Code}' needs a target"));
                }
                else
                {
                    CheckTransformDomain(indicator, spec.Target.Value, "target", path, errors);
                    var higher = indicator.Direction == Direction.Higher;
                    if ((spec.Min ?? spec.Max) is { } baseline && (higher ? baseline >= spec.Target : baseline <= spec.Target))
                    {
                        errors.Add(new(spec.Mark, path, $"target baseline {baseline} of '{indicator.Code}' must be on the worse side of the target {spec.Target} ({(higher ? "below" : "above")} it for direction {(higher ? "higher" : "lower")})"));
                    }
                    else if (spec.Min is null && spec.Max is null && indicator.Transform == Transform.None && spec.Target <= 0)
                    {
                        errors.Add(new(spec.Mark, path, $"target {spec.Target} of '{indicator.Code}' must be positive for ratio attainment; give a baseline (min) otherwise"));
                    }
                }
                break;
            default:
                if (spec.Min is not null || spec.Max is not null || spec.Target is not null)
                {
                    errors.Add(new(spec.Mark, path, $"{YamlFieldReader.SnakeCase(spec.Method.ToString())} normalisation takes no min, max or target (they belong to goalposts and target)"));
                }
                break;
        }
        if (spec.Floor > 0 && spec.Method != NormalisationMethod.MinMax)
        {
            errors.Add(new(spec.Mark, path, "floor applies to minmax normalisation only"));
        }
    }

    private static void CheckTransformDomain(IndicatorSpec indicator, double value, string what, string path, ImmutableArray<MethodologyError>.Builder errors)
    {
        var bad = indicator.Transform switch
        {
            Transform.Ln or Transform.Log10 => value <= 0,
            Transform.Sqrt => value < 0,
            _ => false,
        };
        if (bad)
        {
            errors.Add(new(indicator.Normalisation.Mark, path, $"{what} {value} is outside the domain of the {YamlFieldReader.SnakeCase(indicator.Transform.ToString())} transform of '{indicator.Code}'"));
        }
    }

    private static void ValidateTree(Methodology methodology, Dictionary<string, (IndicatorSpec Spec, int Index)> indicators,
        ImmutableArray<MethodologyError>.Builder errors)
    {
        var seen = new Dictionary<string, TreeNode>(StringComparer.Ordinal);
        var visited = new HashSet<TreeNode>(ReferenceEqualityComparer.Instance);
        Walk(methodology.Root, methodology, indicators, seen, visited, errors);
        foreach (var (code, (spec, index)) in indicators)
        {
            if (!seen.TryGetValue(code, out var node) || !node.IsIndicator)
            {
                errors.Add(new(spec.Mark, $"indicators[{index}]", $"indicator '{code}' is defined but not used in the tree"));
            }
        }
    }

    private static void Walk(TreeNode node, Methodology methodology, Dictionary<string, (IndicatorSpec Spec, int Index)> indicators,
        Dictionary<string, TreeNode> seen, HashSet<TreeNode> visited, ImmutableArray<MethodologyError>.Builder errors)
    {
        if (!visited.Add(node))
        {
            errors.Add(new(node.Mark, node.Path, $"node '{node.Code}' is reached twice: the tree has a cycle or a repeated subtree"));
            return;
        }
        if (seen.TryGetValue(node.Code, out var first))
        {
            errors.Add(new(node.Mark, node.Path + ".code", $"code '{node.Code}' appears more than once in the tree (first at {first.Path}, {first.Mark}); each node and indicator must appear once"));
        }
        else
        {
            seen[node.Code] = node;
        }
        if (node.IsIndicator)
        {
            if (!indicators.ContainsKey(node.Code))
            {
                errors.Add(new(node.Mark, node.Path, $"unknown indicator '{node.Code}': it is not defined under `indicators`"));
            }
            return;
        }
        if (!node.IsIndicator && indicators.ContainsKey(node.Code))
        {
            errors.Add(new(node.Mark, node.Path + ".code", $"area code '{node.Code}' is also an indicator code"));
        }
        if (!node.EqualWeights && node.Children.Length > 0 && node.Children.All(c => c.Weight is not null))
        {
            var sum = 0.0;
            foreach (var child in node.Children)
            {
                sum += child.Weight!.Value;
            }
            if (Math.Abs(sum - 1) > WeightTolerance)
            {
                errors.Add(new(node.Mark, node.Path, $"weights of the children of '{node.Code}' add up to {sum:R}, not 1 (tolerance {WeightTolerance}); fix them or write `weights: equal`"));
            }
        }
        if (node.Aggregation is AggregationMethod.Geometric or AggregationMethod.Harmonic)
        {
            foreach (var child in node.Children)
            {
                if (ZeroAnalysis.CanBeZero(child, methodology, null) is { } why)
                {
                    errors.Add(new(child.Mark, child.Path,
                        $"'{node.Code}' uses a {YamlFieldReader.SnakeCase(node.Aggregation.ToString())} mean but '{child.Code}' can be zero or negative ({why}); use a floor, goalposts or an arithmetic mean"));
                }
            }
        }
        foreach (var child in node.Children)
        {
            Walk(child, methodology, indicators, seen, visited, errors);
        }
    }

    private static void ValidateBands(Methodology methodology, ImmutableArray<MethodologyError>.Builder errors)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < methodology.Bands.Length; i++)
        {
            var band = methodology.Bands[i];
            if (!codes.Add(band.Code))
            {
                errors.Add(new(band.Mark, $"bands[{i}].code", $"band code '{band.Code}' is used twice"));
            }
            if (band.Min < methodology.Scale.Min || band.Min > methodology.Scale.Max)
            {
                errors.Add(new(band.Mark, $"bands[{i}].min", $"band threshold {band.Min} is outside the output scale {methodology.Scale.Min}..{methodology.Scale.Max}"));
            }
            for (var j = 0; j < i; j++)
            {
                if (methodology.Bands[j].Min == band.Min)
                {
                    errors.Add(new(band.Mark, $"bands[{i}].min", $"band '{band.Code}' has the same threshold {band.Min} as band '{methodology.Bands[j].Code}'"));
                }
            }
        }
    }

    private static void ValidateUncertainty(Methodology methodology, Dictionary<string, (IndicatorSpec Spec, int Index)> indicators,
        ImmutableArray<MethodologyError>.Builder errors)
    {
        var spec = methodology.Uncertainty;
        var nodes = new Dictionary<string, TreeNode>(StringComparer.Ordinal);
        Collect(methodology.Root, nodes);
        for (var i = 0; i < spec.Normalisations.Length; i++)
        {
            var method = spec.Normalisations[i];
            if (method is NormalisationMethod.Goalposts or NormalisationMethod.Target)
            {
                errors.Add(new(SourceMark.None, $"uncertainty.normalisations[{i}]", $"{YamlFieldReader.SnakeCase(method.ToString())} needs per-indicator values and cannot be a global alternative; use minmax, zscore, rank or percentile_rank"));
                continue;
            }
            foreach (var node in nodes.Values)
            {
                if (node.IsIndicator || node.Aggregation is not (AggregationMethod.Geometric or AggregationMethod.Harmonic))
                {
                    continue;
                }
                foreach (var child in node.Children)
                {
                    if (ZeroAnalysis.CanBeZero(child, methodology, method) is { } why)
                    {
                        errors.Add(new(methodology.Root.Mark, $"uncertainty.normalisations[{i}]",
                            $"alternative {YamlFieldReader.SnakeCase(method.ToString())} would put a zero or negative value ({why}) under the {YamlFieldReader.SnakeCase(node.Aggregation.ToString())} mean of '{node.Code}'"));
                        break;
                    }
                }
            }
        }
        for (var i = 0; i < spec.Aggregations.Length; i++)
        {
            var alternative = spec.Aggregations[i];
            var path = $"uncertainty.aggregations[{i}]";
            if (!nodes.TryGetValue(alternative.Node, out var node) || node.IsIndicator)
            {
                errors.Add(new(alternative.Mark, path + ".node", $"unknown node '{alternative.Node}': aggregation alternatives apply to the root or an area"));
                continue;
            }
            if (alternative.Methods.IsEmpty)
            {
                errors.Add(new(alternative.Mark, path + ".methods", "list at least one alternative aggregation method"));
            }
            foreach (var method in alternative.Methods)
            {
                if (method is not (AggregationMethod.Geometric or AggregationMethod.Harmonic))
                {
                    continue;
                }
                foreach (var child in node.Children)
                {
                    if (ZeroAnalysis.CanBeZero(child, methodology, null) is { } why)
                    {
                        errors.Add(new(alternative.Mark, path + ".methods",
                            $"alternative {YamlFieldReader.SnakeCase(method.ToString())} mean at '{node.Code}' meets '{child.Code}', which can be zero or negative ({why})"));
                    }
                }
            }
        }
        _ = indicators;
    }

    private static void Collect(TreeNode node, Dictionary<string, TreeNode> nodes)
    {
        nodes.TryAdd(node.Code, node);
        foreach (var child in node.Children)
        {
            Collect(child, nodes);
        }
    }
}
