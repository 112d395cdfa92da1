using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assessment.Scoring.Engine.Methodology;

/// <summary>
/// Reads the methodology language (YAML) into immutable records. Reports syntax, type, enum and
/// unknown-key errors with line, column and path; the rules that span the whole document live in
/// <see cref="MethodologyValidator"/>.
/// </summary>
public static class MethodologyReader
{
    public static MethodologyLoadResult Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var mark = new SourceMark((int)ex.Start.Line, (int)ex.Start.Column);
            return new MethodologyLoadResult(null, [new MethodologyError(mark, "", "YAML syntax error: " + ex.Message)]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unterminated flow collections instead of a YamlException.
            return new MethodologyLoadResult(null, [new MethodologyError(SourceMark.None, "", "YAML syntax error: an unterminated [ ] or { } collection")]);
        }
        catch (ArgumentException)
        {
            // The node builder throws this (not a YamlException) on an event it cannot place, e.g. a stray
            // document marker inside a collection; found by the methodology fuzz test.
            return new MethodologyLoadResult(null, [new MethodologyError(SourceMark.None, "", "YAML syntax error: a document marker or directive where a value was expected")]);
        }
        if (stream.Documents.Count != 1)
        {
            return new MethodologyLoadResult(null, [new MethodologyError(new SourceMark(1, 1), "", "expected exactly one YAML document")]);
        }

        var fields = new YamlFieldReader();
        var methodology = ReadDocument(stream.Documents[0].RootNode, fields);
        return new MethodologyLoadResult(fields.Errors.Count == 0 ? methodology : null, [.. fields.Errors]);
    }

    private static Methodology? ReadDocument(YamlNode rootNode, YamlFieldReader fields)
    {
        var doc = fields.AsMapping(rootNode, "");
        if (doc is null)
        {
            return null;
        }
        fields.RejectUnknownKeys(doc, "", "id", "version", "title", "scale", "missing", "outliers", "peer_groups",
            "indicators", "root", "areas", "bands", "uncertainty");

        var id = fields.String(doc, "id", "", required: true);
        var version = fields.String(doc, "version", "", required: true);
        var title = fields.Text(doc, "title", "", required: true);
        var scale = ReadScale(doc, fields);
        var missing = ReadMissing(doc, fields);
        var outliers = ReadOutliers(doc, fields);
        var peerGroups = ReadStrings(doc, "peer_groups", fields);
        var indicators = ReadIndicators(doc, fields);
        var root = ReadRoot(doc, fields);
        var bands = ReadBands(doc, fields);
        var uncertainty = ReadUncertainty(doc, fields);

        if (id is null || version is null || title is null || root is null)
        {
            return null;
        }
        return new Methodology(id, version, title, scale, indicators, root, missing, outliers, bands, peerGroups, uncertainty);
    }

    private static OutputScale ReadScale(YamlMappingNode doc, YamlFieldReader fields)
    {
        var node = YamlFieldReader.Field(doc, "scale");
        if (node is null || fields.AsMapping(node, "scale") is not { } map)
        {
            return OutputScale.Unit;
        }
        fields.RejectUnknownKeys(map, "scale", "min", "max", "rounding");
        var min = fields.Number(map, "min", "scale", required: true) ?? 0;
        var max = fields.Number(map, "max", "scale", required: true) ?? 1;
        var rounding = fields.Number(map, "rounding", "scale", required: false) ?? 3;
        if (rounding < 0 || rounding > 15 || rounding != Math.Floor(rounding))
        {
            fields.Error(YamlFieldReader.Field(map, "rounding")!, "scale.rounding", $"rounding must be a whole number of digits 0..15, found {rounding}");
            rounding = 3;
        }
        if (max <= min)
        {
            fields.Error(map, "scale", $"scale max ({max}) must be greater than min ({min})");
        }
        return new OutputScale(min, max, (int)rounding);
    }

    private static MissingDataPolicy ReadMissing(YamlMappingNode doc, YamlFieldReader fields)
    {
        var node = YamlFieldReader.Field(doc, "missing");
        if (node is null || fields.AsMapping(node, "missing") is not { } map)
        {
            return MissingDataPolicy.Default;
        }
        fields.RejectUnknownKeys(map, "missing", "treatment", "min_coverage");
        var treatment = fields.Enum<MissingTreatment>(map, "treatment", "missing") ?? MissingTreatment.Reweight;
        var coverage = fields.Number(map, "min_coverage", "missing", required: false) ?? MissingDataPolicy.Default.MinCoverage;
        CheckCoverage(coverage, YamlFieldReader.Field(map, "min_coverage"), "missing.min_coverage", fields);
        return new MissingDataPolicy(treatment, coverage);
    }

    private static void CheckCoverage(double coverage, YamlNode? node, string path, YamlFieldReader fields)
    {
        if (node is not null && (coverage < 0 || coverage > 1))
        {
            fields.Error(node, path, $"minimum coverage must be between 0 and 1, found {coverage}");
        }
    }

    private static OutlierPolicy ReadOutliers(YamlMappingNode doc, YamlFieldReader fields)
    {
        var node = YamlFieldReader.Field(doc, "outliers");
        if (node is null || fields.AsMapping(node, "outliers") is not { } map)
        {
            return OutlierPolicy.Off;
        }
        fields.RejectUnknownKeys(map, "outliers", "enabled", "skewness", "kurtosis", "max_winsorised");
        var enabled = fields.Boolean(map, "enabled", "outliers") ?? true;
        var skew = fields.Number(map, "skewness", "outliers", required: false) ?? 2;
        var kurt = fields.Number(map, "kurtosis", "outliers", required: false) ?? 3.5;
        var max = fields.Number(map, "max_winsorised", "outliers", required: false) ?? 5;
        if (max < 0 || max != Math.Floor(max))
        {
            fields.Error(YamlFieldReader.Field(map, "max_winsorised")!, "outliers.max_winsorised", $"expected a whole number of points >= 0, found {max}");
            max = 0;
        }
        return new OutlierPolicy(enabled, skew, kurt, (int)max);
    }

    private static ImmutableArray<string> ReadStrings(YamlMappingNode doc, string key, YamlFieldReader fields)
    {
        var node = YamlFieldReader.Field(doc, key);
        if (node is null || fields.AsSequence(node, key) is not { } seq)
        {
            return [];
        }
        var result = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlScalarNode { Value: { Length: > 0 } value })
            {
                result.Add(value);
            }
            else
            {
                fields.Error(seq.Children[i], $"{key}[{i}]", "expected a text value");
            }
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<IndicatorSpec> ReadIndicators(YamlMappingNode doc, YamlFieldReader fields)
    {
        var node = YamlFieldReader.Field(doc, "indicators");
        if (node is null)
        {
            fields.Error(doc, "", "missing required key 'indicators'");
            return [];
        }
        if (fields.AsSequence(node, "indicators") is not { } seq)
        {
            return [];
        }
        var result = ImmutableArray.CreateBuilder<IndicatorSpec>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var path = $"indicators[{i}]";
            if (fields.AsMapping(seq.Children[i], path) is { } map && ReadIndicator(map, path, fields) is { } indicator)
            {
                result.Add(indicator);
            }
        }
        return result.ToImmutable();
    }

    private static IndicatorSpec? ReadIndicator(YamlMappingNode map, string path, YamlFieldReader fields)
    {
        fields.RejectUnknownKeys(map, path, "code", "title", "unit", "direction", "transform", "normalisation", "cap", "missing", "outliers");
        var code = fields.String(map, "code", path, required: true);
        var title = fields.Text(map, "title", path, required: false);
        var unit = fields.String(map, "unit", path, required: false);
        var directionNode = YamlFieldReader.Field(map, "direction");
        Direction? direction = null;
        if (directionNode is null)
        {
            fields.Error(map, path, "missing required key 'direction' (higher or lower)");
        }
        else
        {
            direction = fields.Enum<Direction>(directionNode, YamlFieldReader.Join(path, "direction"));
        }
        var transform = fields.Enum<Transform>(map, "transform", path) ?? Transform.None;
        var normalisation = ReadNormalisation(map, path, fields);
        var cap = ReadCap(map, path, fields);
        var missing = fields.Enum<MissingTreatment>(map, "missing", path);
        var outliers = fields.Boolean(map, "outliers", path) ?? true;
        if (code is null || direction is null || normalisation is null)
        {
            return null;
        }
        return new IndicatorSpec(code, title, unit, direction.Value, transform, normalisation, cap, missing, outliers, YamlFieldReader.MarkOf(map));
    }

    private static NormalisationSpec? ReadNormalisation(YamlMappingNode map, string path, YamlFieldReader fields)
    {
        var here = YamlFieldReader.Join(path, "normalisation");
        var node = YamlFieldReader.Field(map, "normalisation");
        if (node is null)
        {
            fields.Error(map, path, "missing required key 'normalisation'");
            return null;
        }
        var mark = YamlFieldReader.MarkOf(node);
        if (node is YamlScalarNode)
        {
            // Short form: `normalisation: minmax`.
            var method = fields.Enum<NormalisationMethod>(node, here);
            return method is null ? null : new NormalisationSpec(method.Value, Mark: mark);
        }
        if (fields.AsMapping(node, here) is not { } spec)
        {
            return null;
        }
        fields.RejectUnknownKeys(spec, here, "method", "min", "max", "target", "floor");
        var methodNode = YamlFieldReader.Field(spec, "method");
        if (methodNode is null)
        {
            fields.Error(spec, here, "missing required key 'method'");
            return null;
        }
        var parsed = fields.Enum<NormalisationMethod>(methodNode, YamlFieldReader.Join(here, "method"));
        var min = fields.Number(spec, "min", here, required: false);
        var max = fields.Number(spec, "max", here, required: false);
        var target = fields.Number(spec, "target", here, required: false);
        var floor = fields.Number(spec, "floor", here, required: false) ?? 0;
        if (floor < 0 || floor >= 1)
        {
            fields.Error(YamlFieldReader.Field(spec, "floor")!, YamlFieldReader.Join(here, "floor"), $"floor must be in [0, 1), found {floor}");
        }
        return parsed is null ? null : new NormalisationSpec(parsed.Value, min, max, target, floor, mark);
    }

    private static CapSpec? ReadCap(YamlMappingNode map, string path, YamlFieldReader fields)
    {
        var node = YamlFieldReader.Field(map, "cap");
        var here = YamlFieldReader.Join(path, "cap");
        if (node is null || fields.AsMapping(node, here) is not { } cap)
        {
            return null;
        }
        fields.RejectUnknownKeys(cap, here, "min", "max");
        var min = fields.Number(cap, "min", here, required: false);
        var max = fields.Number(cap, "max", here, required: false);
        if (min is not null && max is not null && min > max)
        {
            fields.Error(cap, here, $"cap min ({min}) is above cap max ({max})");
        }
        return new CapSpec(min, max);
    }

    private static TreeNode? ReadRoot(YamlMappingNode doc, YamlFieldReader fields)
    {
        var node = YamlFieldReader.Field(doc, "root");
        if (node is null)
        {
            fields.Error(doc, "", "missing required key 'root' (code, title, aggregation of the overall score)");
            return null;
        }
        if (fields.AsMapping(node, "root") is not { } root)
        {
            return null;
        }
        fields.RejectUnknownKeys(root, "root", "code", "title", "aggregation", "weights", "min_coverage");
        var areas = YamlFieldReader.Field(doc, "areas");
        if (areas is null)
        {
            fields.Error(doc, "", "missing required key 'areas' (the children of the root)");
            return null;
        }
        return ReadNode(root, "root", childPrefix: "", doc, fields, weight: null, isRoot: true);
    }

    /// <summary>
    /// Reads a tree node. <paramref name="owner"/> holds its children (`areas`, `indicators`); for the root these
    /// are top-level keys so that paths read `areas[2].indicators[0].weight`.
    /// </summary>
    private static TreeNode? ReadNode(YamlMappingNode map, string path, string childPrefix, YamlMappingNode owner,
        YamlFieldReader fields, double? weight, bool isRoot)
    {
        var code = fields.String(map, "code", path, required: true);
        var title = fields.Text(map, "title", path, required: false);
        var aggregation = fields.Enum<AggregationMethod>(map, "aggregation", path) ?? AggregationMethod.Arithmetic;
        var equal = false;
        if (YamlFieldReader.Field(map, "weights") is { } weightsNode)
        {
            if (weightsNode is YamlScalarNode { Value: "equal" })
            {
                equal = true;
            }
            else
            {
                fields.Error(weightsNode, YamlFieldReader.Join(path, "weights"),
                    $"'{(weightsNode as YamlScalarNode)?.Value}' is not a weights mode; write `weights: equal` or give each child a `weight`");
            }
        }
        var minCoverage = fields.Number(map, "min_coverage", path, required: false);
        if (minCoverage is not null)
        {
            CheckCoverage(minCoverage.Value, YamlFieldReader.Field(map, "min_coverage"), YamlFieldReader.Join(path, "min_coverage"), fields);
        }

        var children = ImmutableArray.CreateBuilder<TreeNode>();
        if (YamlFieldReader.Field(owner, "areas") is { } areasNode && fields.AsSequence(areasNode, Prefixed(childPrefix, "areas")) is { } areas)
        {
            for (var i = 0; i < areas.Children.Count; i++)
            {
                var childPath = Prefixed(childPrefix, $"areas[{i}]");
                if (fields.AsMapping(areas.Children[i], childPath) is not { } area)
                {
                    continue;
                }
                fields.RejectUnknownKeys(area, childPath, "code", "title", "weight", "aggregation", "weights", "min_coverage", "areas", "indicators");
                var childWeight = ReadChildWeight(area, childPath, equal, fields);
                if (ReadNode(area, childPath, childPath, area, fields, childWeight, isRoot: false) is { } child)
                {
                    children.Add(child);
                }
            }
        }
        if (!isRoot && YamlFieldReader.Field(owner, "indicators") is { } indicatorsNode
            && fields.AsSequence(indicatorsNode, Prefixed(childPrefix, "indicators")) is { } indicators)
        {
            for (var i = 0; i < indicators.Children.Count; i++)
            {
                var leafPath = Prefixed(childPrefix, $"indicators[{i}]");
                if (ReadLeaf(indicators.Children[i], leafPath, equal, fields) is { } leaf)
                {
                    children.Add(leaf);
                }
            }
        }
        if (children.Count == 0)
        {
            fields.Error(map, path, $"node '{code}' has no children; give it `areas` or `indicators`");
        }
        if (code is null)
        {
            return null;
        }
        return new TreeNode(code, title, false, weight, equal, aggregation, minCoverage, children.ToImmutable(), path, YamlFieldReader.MarkOf(map));
    }

    private static TreeNode? ReadLeaf(YamlNode node, string path, bool parentEqual, YamlFieldReader fields)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } shortCode })
        {
            // Short form `- avg_salary` for equally weighted indicators.
            if (!parentEqual)
            {
                fields.Error(node, YamlFieldReader.Join(path, "weight"), $"indicator '{shortCode}' has no weight and its node does not use `weights: equal`");
            }
            return new TreeNode(shortCode, null, true, null, false, AggregationMethod.Arithmetic, null, [], path, YamlFieldReader.MarkOf(node));
        }
        if (fields.AsMapping(node, path) is not { } map)
        {
            return null;
        }
        fields.RejectUnknownKeys(map, path, "code", "weight");
        var code = fields.String(map, "code", path, required: true);
        var weight = ReadChildWeight(map, path, parentEqual, fields);
        return code is null ? null : new TreeNode(code, null, true, weight, false, AggregationMethod.Arithmetic, null, [], path, YamlFieldReader.MarkOf(map));
    }

    private static double? ReadChildWeight(YamlMappingNode map, string path, bool parentEqual, YamlFieldReader fields)
    {
        var node = YamlFieldReader.Field(map, "weight");
        var here = YamlFieldReader.Join(path, "weight");
        if (node is null)
        {
            if (!parentEqual)
            {
                fields.Error(map, here, "missing weight (the parent node does not use `weights: equal`)");
            }
            return null;
        }
        if (parentEqual)
        {
            fields.Error(node, here, "a weight is given but the parent node uses `weights: equal`");
            return null;
        }
        var weight = fields.Number(node, here);
        if (weight is <= 0)
        {
            fields.Error(node, here, $"weight must be positive, found {weight}");
        }
        return weight;
    }

    private static string Prefixed(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

    private static ImmutableArray<RatingBand> ReadBands(YamlMappingNode doc, YamlFieldReader fields)
    {
        var node = YamlFieldReader.Field(doc, "bands");
        if (node is null || fields.AsSequence(node, "bands") is not { } seq)
        {
            return [];
        }
        var result = ImmutableArray.CreateBuilder<RatingBand>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var path = $"bands[{i}]";
            if (fields.AsMapping(seq.Children[i], path) is not { } map)
            {
                continue;
            }
            fields.RejectUnknownKeys(map, path, "code", "min", "label");
            var code = fields.String(map, "code", path, required: true);
            var min = fields.Number(map, "min", path, required: true);
            var label = fields.Text(map, "label", path, required: true);
            if (code is not null && min is not null && label is not null)
            {
                result.Add(new RatingBand(code, min.Value, label, YamlFieldReader.MarkOf(map)));
            }
        }
        return result.ToImmutable();
    }

    private static UncertaintySpec ReadUncertainty(YamlMappingNode doc, YamlFieldReader fields)
    {
        var node = YamlFieldReader.Field(doc, "uncertainty");
        if (node is null || fields.AsMapping(node, "uncertainty") is not { } map)
        {
            return UncertaintySpec.None;
        }
        const string path = "uncertainty";
        fields.RejectUnknownKeys(map, path, "samples", "weights", "normalisations", "aggregations", "imputation");
        var samples = fields.Number(map, "samples", path, required: false) ?? 1000;
        if (samples < 1 || samples != Math.Floor(samples))
        {
            fields.Error(YamlFieldReader.Field(map, "samples")!, "uncertainty.samples", $"samples must be a whole number >= 1, found {samples}");
            samples = 1000;
        }
        var perturbation = fields.Number(map, "weights", path, required: false) ?? 0;
        if (perturbation < 0 || perturbation >= 1)
        {
            fields.Error(YamlFieldReader.Field(map, "weights")!, "uncertainty.weights", $"weight perturbation is a fraction in [0, 1) (0.2 = ±20%), found {perturbation}");
        }
        var normalisations = ImmutableArray.CreateBuilder<NormalisationMethod>();
        if (YamlFieldReader.Field(map, "normalisations") is { } nNode && fields.AsSequence(nNode, "uncertainty.normalisations") is { } nSeq)
        {
            for (var i = 0; i < nSeq.Children.Count; i++)
            {
                if (fields.Enum<NormalisationMethod>(nSeq.Children[i], $"uncertainty.normalisations[{i}]") is { } method)
                {
                    normalisations.Add(method);
                }
            }
        }
        var aggregations = ImmutableArray.CreateBuilder<AggregationAlternative>();
        if (YamlFieldReader.Field(map, "aggregations") is { } aNode && fields.AsSequence(aNode, "uncertainty.aggregations") is { } aSeq)
        {
            for (var i = 0; i < aSeq.Children.Count; i++)
            {
                var here = $"uncertainty.aggregations[{i}]";
                if (fields.AsMapping(aSeq.Children[i], here) is not { } alt)
                {
                    continue;
                }
                fields.RejectUnknownKeys(alt, here, "node", "methods");
                var nodeCode = fields.String(alt, "node", here, required: true);
                var methods = ImmutableArray.CreateBuilder<AggregationMethod>();
                if (YamlFieldReader.Field(alt, "methods") is { } mNode && fields.AsSequence(mNode, here + ".methods") is { } mSeq)
                {
                    for (var j = 0; j < mSeq.Children.Count; j++)
                    {
                        if (fields.Enum<AggregationMethod>(mSeq.Children[j], $"{here}.methods[{j}]") is { } m)
                        {
                            methods.Add(m);
                        }
                    }
                }
                else
                {
                    fields.Error(alt, here, "missing required key 'methods'");
                }
                if (nodeCode is not null)
                {
                    aggregations.Add(new AggregationAlternative(nodeCode, methods.ToImmutable(), YamlFieldReader.MarkOf(alt)));
                }
            }
        }
        var imputation = fields.Boolean(map, "imputation", path) ?? false;
        return new UncertaintySpec(perturbation, normalisations.ToImmutable(), aggregations.ToImmutable(), imputation, (int)samples);
    }
}
