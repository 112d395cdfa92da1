using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>
/// The assumptions a methodology lets the Monte Carlo vary, and how one sample draws them. The draw order is
/// fixed (normalisation, imputation, aggregations, weights) so that a seed always means the same scenario.
/// Each assumption's value per sample is kept for the sensitivity indices.
/// </summary>
internal sealed class Assumptions
{
    private readonly CompiledMethodology _m;
    private readonly UncertaintySpec _spec;
    private readonly int[] _alternativeNodes;

    public Assumptions(CompiledMethodology m)
    {
        _m = m;
        _spec = m.Source.Uncertainty;
        _alternativeNodes = [.. _spec.Aggregations.Select(a => m.IndexOfNode(a.Node))];
        var names = new List<string>();
        var discrete = new List<bool>();
        if (HasNormalisations)
        {
            names.Add("normalisation");
            discrete.Add(true);
        }
        if (_spec.ToggleImputation)
        {
            names.Add("imputation");
            discrete.Add(true);
        }
        foreach (var alternative in _spec.Aggregations)
        {
            names.Add("aggregation:" + alternative.Node);
            discrete.Add(true);
        }
        if (_spec.WeightPerturbation > 0)
        {
            for (var e = 0; e < m.EdgeCount; e++)
            {
                names.Add("weight:" + m.EdgeChildCodes[e]);
                discrete.Add(false);
            }
        }
        Names = [.. names];
        IsDiscrete = [.. discrete];
    }

    public bool HasNormalisations => !_spec.Normalisations.IsEmpty;

    /// <summary>Normalisation variants: index 0 is the declared methods, then each alternative.</summary>
    public int NormalisationVariants => 1 + _spec.Normalisations.Length;

    public NormalisationMethod? NormalisationOverride(int variant) => variant == 0 ? null : _spec.Normalisations[variant - 1];

    public bool ToggleImputation => _spec.ToggleImputation;

    public string[] Names { get; }

    public bool[] IsDiscrete { get; }

    /// <summary>Draws one scenario into the caller's buffers and records each assumption's value.</summary>
    public void Draw(Random random, double[] weights, AggregationMethod[] aggregations, Span<double> values,
        out int normalisation, out bool imputation)
    {
        var f = 0;
        normalisation = HasNormalisations ? random.Next(NormalisationVariants) : 0;
        if (HasNormalisations)
        {
            values[f++] = normalisation;
        }
        imputation = !_spec.ToggleImputation || random.Next(2) == 1;
        if (_spec.ToggleImputation)
        {
            values[f++] = imputation ? 1 : 0;
        }
        _m.Aggregations.CopyTo(aggregations, 0);
        for (var a = 0; a < _alternativeNodes.Length; a++)
        {
            var methods = _spec.Aggregations[a].Methods;
            var choice = random.Next(1 + methods.Length);
            if (choice > 0)
            {
                aggregations[_alternativeNodes[a]] = methods[choice - 1];
            }
            values[f++] = choice;
        }
        var p = _spec.WeightPerturbation;
        if (p <= 0)
        {
            _m.ChildWeight.CopyTo(weights, 0);
            return;
        }
        for (var e = 0; e < weights.Length; e++)
        {
            var factor = 1 + p * (2 * random.NextDouble() - 1);
            weights[e] = _m.ChildWeight[e] * factor;
            values[f++] = factor;
        }
        for (var node = 0; node < _m.NodeCount; node++)
        {
            var start = _m.ChildStart[node];
            var end = start + _m.ChildCount[node];
            var sum = 0.0;
            for (var e = start; e < end; e++)
            {
                sum += weights[e];
            }
            for (var e = start; e < end; e++)
            {
                weights[e] /= sum;
            }
        }
    }
}
