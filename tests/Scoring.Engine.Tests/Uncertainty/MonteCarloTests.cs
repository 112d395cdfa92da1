using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Data;
using Assessment.Scoring.Engine.Uncertainty;
using static Assessment.Scoring.Engine.Tests.TestMethodology;

namespace Assessment.Scoring.Engine.Tests.Uncertainty;

public sealed class MonteCarloTests
{
    private static readonly string Yaml = Doc(Unit3, "{code: total, aggregation: arithmetic, weights: equal}", """
          - code: first
            weights: equal
            indicators: [a, b]
          - code: second
            indicators: [{code: c, weight: 1}]
        """, """
        scale: {min: 0, max: 1, rounding: 4}
        missing: {treatment: peer_mean, min_coverage: 0.3}
        bands:
          - {code: high, min: 0.6, label: {kk: Ж, ru: В, en: H}}
          - {code: low, min: 0, label: {kk: Т, ru: Н, en: L}}
        uncertainty:
          weights: 0.3
          normalisations: [percentile_rank]
          aggregations: [{node: total, methods: [copeland, minimum]}]
          imputation: true
        """.Replace("\r\n", "\n"));

    private static Dataset Bodies()
    {
        var random = new Random(5);
        var builder = new DatasetBuilder();
        for (var b = 0; b < 40; b++)
        {
            builder.AddBody($"b{b:00}");
            builder.Set($"b{b:00}", "a", b % 7 == 0 ? null : random.NextDouble());
            builder.Set($"b{b:00}", "b", random.NextDouble());
            builder.Set($"b{b:00}", "c", random.NextDouble());
        }
        return builder.Build();
    }

    private static UncertaintyResult Run(int seed, int threads, IProgress<UncertaintyProgress>? progress = null) =>
        new UncertaintyAnalysis(Compile(Yaml)).Run(Bodies(), new UncertaintyOptions(300, seed, threads), progress);

    [Fact]
    public void Same_seed_gives_identical_results()
    {
        Assert.Equal(Run(11, 2).Bodies, Run(11, 2).Bodies, new BodyComparer());
    }

    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        var one = Run(11, 1);
        var four = Run(11, 4);
        Assert.Equal(one.Bodies, four.Bodies, new BodyComparer());
        Assert.Equal(one.Sensitivity.Select(s => s.ToString()), four.Sensitivity.Select(s => s.ToString()));
    }

    [Fact]
    public void A_different_seed_gives_different_samples()
    {
        var a = Run(11, 2).Bodies.Select(b => b.RankP05).ToArray();
        var b = Run(12, 2).Bodies.Select(b => b.RankP05).ToArray();
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Intervals_contain_the_median_and_band_probabilities_add_up_to_one()
    {
        var result = Run(3, 2);
        Assert.All(result.Bodies, b =>
        {
            Assert.InRange(b.RankMedian!.Value, b.RankP05!.Value, b.RankP95!.Value);
            Assert.InRange(b.RankP05.Value, 1, 40);
            Assert.Equal(1, b.Bands.Sum(p => p.Probability) + b.UnrankedProbability, 12);
        });
    }

    [Fact]
    public void Reports_a_first_order_index_per_declared_assumption()
    {
        var result = Run(3, 2);
        var names = result.Sensitivity.Select(s => s.Assumption).ToArray();
        Assert.Contains("normalisation", names);
        Assert.Contains("imputation", names);
        Assert.Contains("aggregation:total", names);
        Assert.Contains("weight:first", names);
        Assert.All(result.Sensitivity, s => Assert.InRange(s.FirstOrder, 0, 1));
        // Switching the root between arithmetic, Copeland and minimum moves ranks far more than a ±30% weight on c.
        Assert.True(result.Sensitivity.Single(s => s.Assumption == "aggregation:total").FirstOrder
            > result.Sensitivity.Single(s => s.Assumption == "weight:c").FirstOrder);
    }

    [Fact]
    public void Reports_progress_up_to_the_total()
    {
        var reports = new System.Collections.Concurrent.ConcurrentBag<UncertaintyProgress>();
        Run(3, 2, new SynchronousProgress(reports.Add));
        Assert.Contains(reports, r => r.Completed == 300 && r.Total == 300);
        Assert.True(reports.Count >= 10);
    }

    [Fact]
    public void Without_declared_alternatives_every_sample_reproduces_the_scored_rank()
    {
        var yaml = Doc(Unit1, "{code: total, aggregation: arithmetic, weights: equal}", """
              - code: area
                indicators: [{code: a, weight: 1}]
            """);
        var data = Values(["a"], ("x", [0.9]), ("y", [0.5]), ("z", [0.5]));
        var result = new UncertaintyAnalysis(CompiledMethodology.FromYaml(yaml)).Run(data, new UncertaintyOptions(50, 1));
        Assert.Equal([1.0, 2.0, 2.0], result.Bodies.Select(b => b.RankP05!.Value));
        Assert.Equal([1.0, 2.0, 2.0], result.Bodies.Select(b => b.RankP95!.Value));
    }

    private sealed class SynchronousProgress(Action<UncertaintyProgress> report) : IProgress<UncertaintyProgress>
    {
        public void Report(UncertaintyProgress value) => report(value);
    }

    private sealed class BodyComparer : IEqualityComparer<BodyUncertainty>
    {
        public bool Equals(BodyUncertainty? x, BodyUncertainty? y) =>
            x!.Body == y!.Body && x.RankP05 == y.RankP05 && x.RankMedian == y.RankMedian && x.RankP95 == y.RankP95
            && x.Bands.SequenceEqual(y.Bands) && x.UnrankedProbability == y.UnrankedProbability;

        public int GetHashCode(BodyUncertainty obj) => obj.Body.GetHashCode();
    }
}
