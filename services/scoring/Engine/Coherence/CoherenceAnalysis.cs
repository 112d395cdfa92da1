using System.Collections.Immutable;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Data;
using Assessment.Scoring.Engine.Scoring;

namespace Assessment.Scoring.Engine.Coherence;

/// <summary>Checks that indicators measure what their areas claim: correlations, Cronbach's alpha, negative correlations.</summary>
public sealed class CoherenceAnalysis(CompiledMethodology methodology)
{
    public CoherenceReport Analyse(Dataset data)
    {
        var m = methodology;
        var n = data.Bodies.Length;
        var prepared = DataPreparation.Prepare(m, data, usePreviousPeriod: false, imputation: true);
        var normalised = new double[m.IndicatorCount * n];
        DataPreparation.Normalise(m, prepared.Treated, n, null, normalised);
        var evaluator = new ScenarioEvaluator(m, n);
        evaluator.Evaluate(normalised, prepared.Coverage, m.ChildWeight, m.Aggregations);

        var columns = new double[m.IndicatorCount][];
        for (var i = 0; i < m.IndicatorCount; i++)
        {
            columns[i] = normalised.AsSpan(i * n, n).ToArray();
        }
        var matrix = ImmutableArray.CreateBuilder<ImmutableArray<double>>(m.IndicatorCount);
        for (var i = 0; i < m.IndicatorCount; i++)
        {
            var row = new double[m.IndicatorCount];
            for (var j = 0; j < m.IndicatorCount; j++)
            {
                row[j] = i == j ? 1 : Pearson.Correlation(columns[i], columns[j]);
            }
            matrix.Add([.. row]);
        }

        var areas = ImmutableArray.CreateBuilder<AreaCoherence>();
        var flags = ImmutableArray.CreateBuilder<NegativeCorrelationFlag>();
        foreach (var node in m.OutputOrder)
        {
            var leaves = m.Leaves.AsSpan(m.LeafStart[node], m.LeafCount[node]).ToArray();
            areas.Add(new AreaCoherence(m.NodeCodes[node], leaves.Length, CronbachAlpha.Of([.. leaves.Select(i => columns[i])])));
            var score = evaluator.NodeValues.AsSpan(node * n, n);
            foreach (var i in leaves)
            {
                var r = Pearson.Correlation(columns[i], score);
                if (r < 0)
                {
                    flags.Add(new NegativeCorrelationFlag(m.IndicatorCodes[i], m.NodeCodes[node], r));
                }
            }
        }
        return new CoherenceReport(m.IndicatorCodes, matrix.MoveToImmutable(), areas.ToImmutable(), flags.ToImmutable());
    }
}
