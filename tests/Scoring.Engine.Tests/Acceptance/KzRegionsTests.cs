using Assessment.Cli.Input;
using Assessment.Scoring.Engine.Coherence;
using Assessment.Scoring.Engine.Missing;
using Assessment.Scoring.Engine.Scoring;
using Assessment.Scoring.Engine.Uncertainty;

namespace Assessment.Scoring.Engine.Tests.Acceptance;

public sealed class KzRegionsTests
{
    private static readonly string[] NewRegionsWithoutGrp = ["Abai Region", "Jetisu Region", "Turkistan Region", "Ulytau Region", "Shymkent city"];

    private static (Compilation.CompiledMethodology, Data.Dataset) Load()
    {
        var methodology = TestFiles.Compile("kz-regions.yaml");
        var (data, _) = DatasetCsvLoader.Load(TestFiles.Csv("regional-indicators.csv"), methodology, "Region", null);
        return (methodology, data);
    }

    [Fact]
    public void Scores_and_ranks_all_twenty_regions_from_the_real_file()
    {
        var (methodology, data) = Load();
        var run = new ScoringEngine(methodology).Score(data);
        Assert.Equal(20, run.Bodies.Length);
        Assert.All(run.Bodies, b =>
        {
            Assert.NotNull(b.Overall.Score);
            Assert.InRange(b.Overall.Score!.Value, 0, 100);
            Assert.NotNull(b.Rank);
            Assert.NotNull(b.Band);
        });
        Assert.Equal(Enumerable.Range(1, 20).Count(), run.Bodies.Select(b => b.Rank).Count());
    }

    [Fact]
    public void Fills_the_missing_GRP_of_new_regions_with_the_median_of_the_others()
    {
        var (methodology, data) = Load();
        var run = new ScoringEngine(methodology).Score(data);
        var reported = run.Bodies.Where(b => !NewRegionsWithoutGrp.Contains(b.Body))
            .Select(b => b.Indicators.Single(t => t.Indicator == "gdp_per_capita").Treated!.Value).Order().ToArray();
        var median = reported[7]; // 15 reported values: the 8th
        foreach (var region in NewRegionsWithoutGrp)
        {
            var trace = run.Body(region).Indicators.Single(t => t.Indicator == "gdp_per_capita");
            Assert.Null(trace.Raw);
            Assert.Equal(median, trace.Treated);
            Assert.True(trace.Treatment.HasFlag(ValueTreatment.ImputedPeerMedian));
            Assert.Equal(2.0 / 3, run.Body(region).Node("economy").Coverage, 12);
        }
    }

    [Fact]
    public void Ignores_context_columns_that_are_not_performance_indicators()
    {
        var (methodology, _) = Load();
        foreach (var context in new[] { "Population", "household_spending_per_month", "car-amount-rate", "Population_Age_10_and_older" })
        {
            Assert.Equal(-1, methodology.IndexOfIndicator(context));
        }
        Assert.Equal(13, methodology.IndicatorCount);
    }

    [Fact]
    public void Runs_uncertainty_and_coherence_on_the_real_data()
    {
        var (methodology, data) = Load();
        var uncertainty = new UncertaintyAnalysis(methodology).Run(data, new UncertaintyOptions(200, 7));
        Assert.All(uncertainty.Bodies, b => Assert.True(b.RankP05 <= b.RankP95));
        var coherence = new CoherenceAnalysis(methodology).Analyse(data);
        Assert.Equal(13, coherence.Correlations.Length);
        Assert.Contains(coherence.Areas, a => a.Area == "economy" && !double.IsNaN(a.CronbachAlpha));
    }
}
