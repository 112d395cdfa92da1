using Assessment.Scoring.Engine.Aggregation;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Methodology;
using Assessment.Scoring.Engine.Ranking;

namespace Assessment.Scoring.Engine.Scoring;

/// <summary>
/// The hot path shared by a scoring run and every Monte Carlo sample: aggregate the tree, publish the root
/// (scale + rounding) and rank it. Owns its buffers, so one instance per thread scores any number of scenarios
/// without allocating.
/// </summary>
internal sealed class ScenarioEvaluator
{
    private readonly CompiledMethodology _m;
    private readonly int _n;
    private readonly TreeAggregator _aggregator;
    private readonly CompetitionRanking _ranking;
    private readonly double[] _publishedRoot;

    public ScenarioEvaluator(CompiledMethodology m, int bodies)
    {
        _m = m;
        _n = bodies;
        _aggregator = new TreeAggregator(bodies);
        _ranking = new CompetitionRanking(bodies);
        _publishedRoot = new double[bodies];
        NodeValues = new double[m.NodeCount * bodies];
        Ranks = new int[bodies];
    }

    /// <summary>Unit-scale node values of the last evaluation, node * bodies + body.</summary>
    public double[] NodeValues { get; }

    /// <summary>Overall ranks of the last evaluation (0 = unranked).</summary>
    public int[] Ranks { get; }

    public ReadOnlySpan<double> PublishedRoot => _publishedRoot;

    public void Evaluate(ReadOnlySpan<double> normalised, ReadOnlySpan<double> coverage, ReadOnlySpan<double> weights, ReadOnlySpan<AggregationMethod> aggregations)
    {
        _aggregator.Aggregate(_m, _n, normalised, coverage, weights, aggregations, NodeValues);
        var scale = _m.Source.Scale;
        var root = NodeValues.AsSpan(_m.RootNode * _n, _n);
        for (var b = 0; b < _n; b++)
        {
            _publishedRoot[b] = scale.Round(scale.FromUnit(root[b]));
        }
        _ranking.Rank(_publishedRoot, Ranks);
    }
}
