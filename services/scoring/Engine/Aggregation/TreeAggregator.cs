using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Scoring.Engine.Aggregation;

/// <summary>
/// Computes every node of the tree for every body, node by node in post-order, looping over bodies in the
/// inner loop so each child's column is read contiguously. Missing children are skipped and the weights
/// of the present ones renormalised (reweighting); a node whose coverage is below its minimum is withheld (NaN).
/// Internal values are on the normalised 0..1 scale.
/// </summary>
internal sealed class TreeAggregator
{
    private readonly double[] _accumulator;
    private readonly double[] _weightSum;
    private readonly bool[] _hasZero;
    private readonly CopelandAggregation _copeland;

    public TreeAggregator(int bodies)
    {
        _accumulator = new double[bodies];
        _weightSum = new double[bodies];
        _hasZero = new bool[bodies];
        _copeland = new CopelandAggregation(bodies);
    }

    /// <param name="normalised">Indicator columns, indicator * bodies + body.</param>
    /// <param name="coverage">Node coverage, node * bodies + body.</param>
    /// <param name="weights">Weight per edge, normalised per node.</param>
    /// <param name="aggregations">Aggregation per node.</param>
    /// <param name="nodes">Output, node * bodies + body; NaN when withheld or without data.</param>
    public void Aggregate(CompiledMethodology m, int n, ReadOnlySpan<double> normalised, ReadOnlySpan<double> coverage,
        ReadOnlySpan<double> weights, ReadOnlySpan<AggregationMethod> aggregations, Span<double> nodes)
    {
        var indicators = m.IndicatorCount;
        var acc = _accumulator.AsSpan(0, n);
        var ws = _weightSum.AsSpan(0, n);
        for (var node = 0; node < m.NodeCount; node++)
        {
            var start = m.ChildStart[node];
            var count = m.ChildCount[node];
            var output = nodes.Slice(node * n, n);
            var method = aggregations[node];
            if (method == AggregationMethod.Copeland)
            {
                _copeland.Aggregate(m, node, n, normalised, weights, nodes, output);
            }
            else
            {
                acc.Fill(method == AggregationMethod.Minimum ? double.PositiveInfinity : 0);
                ws.Clear();
                if (method is AggregationMethod.Geometric or AggregationMethod.Harmonic)
                {
                    _hasZero.AsSpan(0, n).Clear();
                }
                for (var c = 0; c < count; c++)
                {
                    var slot = m.ChildSlot[start + c];
                    var column = slot < indicators ? normalised.Slice(slot * n, n) : nodes.Slice((slot - indicators) * n, n);
                    var w = weights[start + c];
                    switch (method)
                    {
                        case AggregationMethod.Arithmetic: Arithmetic(column, w, acc, ws); break;
                        case AggregationMethod.Geometric: Geometric(column, w, acc, ws, _hasZero); break;
                        case AggregationMethod.Harmonic: Harmonic(column, w, acc, ws, _hasZero); break;
                        default: Minimum(column, w, acc, ws); break;
                    }
                }
                for (var b = 0; b < n; b++)
                {
                    output[b] = ws[b] > 0 ? method switch
                    {
                        AggregationMethod.Arithmetic => acc[b] / ws[b],
                        AggregationMethod.Geometric => _hasZero[b] ? 0 : Math.Exp(acc[b] / ws[b]),
                        AggregationMethod.Harmonic => _hasZero[b] ? 0 : ws[b] / acc[b],
                        _ => acc[b],
                    } : double.NaN;
                }
            }
            var minimum = m.MinCoverage[node];
            var nodeCoverage = coverage.Slice(node * n, n);
            for (var b = 0; b < n; b++)
            {
                if (nodeCoverage[b] < minimum)
                {
                    output[b] = double.NaN;
                }
            }
        }
    }

    private static void Arithmetic(ReadOnlySpan<double> column, double w, Span<double> acc, Span<double> ws)
    {
        for (var b = 0; b < column.Length; b++)
        {
            var x = column[b];
            if (!double.IsNaN(x))
            {
                acc[b] += w * x;
                ws[b] += w;
            }
        }
    }

    private static void Geometric(ReadOnlySpan<double> column, double w, Span<double> acc, Span<double> ws, bool[] hasZero)
    {
        for (var b = 0; b < column.Length; b++)
        {
            var x = column[b];
            if (double.IsNaN(x))
            {
                continue;
            }
            ws[b] += w;
            if (x > 0)
            {
                acc[b] += w * Math.Log(x);
            }
            else
            {
                // The limit of the weighted geometric mean as one factor goes to zero.
                hasZero[b] = true;
            }
        }
    }

    private static void Harmonic(ReadOnlySpan<double> column, double w, Span<double> acc, Span<double> ws, bool[] hasZero)
    {
        for (var b = 0; b < column.Length; b++)
        {
            var x = column[b];
            if (double.IsNaN(x))
            {
                continue;
            }
            ws[b] += w;
            if (x > 0)
            {
                acc[b] += w / x;
            }
            else
            {
                hasZero[b] = true;
            }
        }
    }

    /// <summary>The weakest child decides (weights only mark presence): fully non-compensatory.</summary>
    private static void Minimum(ReadOnlySpan<double> column, double w, Span<double> acc, Span<double> ws)
    {
        for (var b = 0; b < column.Length; b++)
        {
            var x = column[b];
            if (!double.IsNaN(x))
            {
                if (x < acc[b])
                {
                    acc[b] = x;
                }
                ws[b] += w;
            }
        }
    }
}
