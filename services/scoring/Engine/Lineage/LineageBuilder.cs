using System.Collections.Immutable;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Scoring;

namespace Assessment.Scoring.Engine.Lineage;

/// <summary>
/// Builds, for one body, the contribution of every indicator to every node. The node's unit score is pushed
/// down the tree: each present child gets the share w·s / Σ w·s of its parent's amount (exactly w·s/Σw·S for
/// an arithmetic parent), and each effective weight is the product of the reweighted weights on the path.
/// </summary>
internal sealed class LineageBuilder(CompiledMethodology m, PreparedData data, double[] normalised, double[] nodeValues)
{
    private readonly int _n = data.Bodies;

    public ImmutableArray<IndicatorTrace> Traces(int body)
    {
        var traces = ImmutableArray.CreateBuilder<IndicatorTrace>(m.IndicatorCount);
        for (var i = 0; i < m.IndicatorCount; i++)
        {
            var at = i * _n + body;
            traces.Add(new IndicatorTrace(m.IndicatorCodes[i], Value(data.Raw[at]), Value(data.Treated[at]), Value(normalised[at]), data.Treatments[at]));
        }
        return traces.MoveToImmutable();
    }

    public ImmutableArray<NodeLineage> Build(int body)
    {
        var scale = m.Source.Scale;
        var span = scale.Max - scale.Min;
        var result = ImmutableArray.CreateBuilder<NodeLineage>(m.NodeCount);
        var amounts = new double[m.IndicatorCount];
        var weights = new double[m.IndicatorCount];
        foreach (var node in m.OutputOrder)
        {
            Array.Clear(amounts);
            Array.Clear(weights);
            var score = nodeValues[node * _n + body];
            if (!double.IsNaN(score))
            {
                Distribute(node, body, score, 1, amounts, weights);
            }
            var contributions = ImmutableArray.CreateBuilder<IndicatorContribution>(m.LeafCount[node]);
            for (var l = 0; l < m.LeafCount[node]; l++)
            {
                var i = m.Leaves[m.LeafStart[node] + l];
                var at = i * _n + body;
                contributions.Add(new IndicatorContribution(m.IndicatorCodes[i], Value(data.Raw[at]), Value(data.Treated[at]),
                    Value(normalised[at]), data.Treatments[at], weights[i], amounts[i] * span));
            }
            result.Add(new NodeLineage(m.NodeCodes[node], double.IsNaN(score) ? null : scale.FromUnit(score), scale.Min, contributions.MoveToImmutable()));
        }
        return result.MoveToImmutable();
    }

    private void Distribute(int node, int body, double amount, double pathWeight, double[] amounts, double[] weights)
    {
        var start = m.ChildStart[node];
        var count = m.ChildCount[node];
        double weightSum = 0, weightedSum = 0;
        for (var c = 0; c < count; c++)
        {
            var value = ChildValue(m.ChildSlot[start + c], body);
            if (!double.IsNaN(value))
            {
                weightSum += m.ChildWeight[start + c];
                weightedSum += m.ChildWeight[start + c] * value;
            }
        }
        for (var c = 0; c < count; c++)
        {
            var slot = m.ChildSlot[start + c];
            var value = ChildValue(slot, body);
            if (double.IsNaN(value))
            {
                continue;
            }
            var w = m.ChildWeight[start + c] / weightSum;
            var share = weightedSum == 0 ? 0 : amount * m.ChildWeight[start + c] * value / weightedSum;
            if (slot < m.IndicatorCount)
            {
                amounts[slot] = share;
                weights[slot] = pathWeight * w;
            }
            else
            {
                Distribute(slot - m.IndicatorCount, body, share, pathWeight * w, amounts, weights);
            }
        }
    }

    private double ChildValue(int slot, int body) =>
        slot < m.IndicatorCount ? normalised[slot * _n + body] : nodeValues[(slot - m.IndicatorCount) * _n + body];

    private static double? Value(double v) => double.IsNaN(v) ? null : v;
}
