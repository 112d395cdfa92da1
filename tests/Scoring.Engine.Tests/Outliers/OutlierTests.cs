using Assessment.Scoring.Engine.Missing;
using Assessment.Scoring.Engine.Outliers;
using static Assessment.Scoring.Engine.Tests.TestMethodology;

namespace Assessment.Scoring.Engine.Tests.Outliers;

public sealed class OutlierTests
{
    private static readonly double?[] Skewed = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];

    private static string Yaml(int maxWinsorised) => Doc("""
          - {code: a, direction: higher, normalisation: minmax}
        """, "{code: total, aggregation: arithmetic, weights: equal}", """
          - code: area
            indicators: [{code: a, weight: 1}]
        """, $"{Scale6}\noutliers: {{enabled: true, skewness: 2, kurtosis: 3.5, max_winsorised: {maxWinsorised}}}");

    private static Assessment.Scoring.Engine.Scoring.ScoreRun ScoreSkewed(int maxWinsorised) =>
        Score(Yaml(maxWinsorised), Values(["a"], Skewed.Select((v, i) => ($"b{i + 1}", new[] { v })).ToArray()));

    [Fact]
    public void Sample_skewness_and_excess_kurtosis_match_the_spreadsheet_estimators()
    {
        // SKEW and KURT of 1..9, 100 (computed by hand from the central moments).
        var moments = Moments.Of([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);
        Assert.Equal(3.1188957452390875, moments.Skewness, 10);
        Assert.Equal(9.79924471616366, moments.Kurtosis, 10);
    }

    [Fact]
    public void Winsorises_the_extreme_point_when_skewness_and_kurtosis_exceed_the_limits()
    {
        // Skew 3.12 > 2 and kurtosis 9.80 > 3.5: 100 becomes 9, after which skew is -0.15 and the rule is satisfied.
        var run = ScoreSkewed(maxWinsorised: 2);
        var top = run.Body("b10").Indicators[0];
        Assert.Equal(100, top.Raw);
        Assert.Equal(9, top.Treated);
        Assert.Equal(ValueTreatment.Winsorised, top.Treatment);
        Assert.Equal(ValueTreatment.None, run.Body("b9").Indicators[0].Treatment);
        Assert.Equal(1, top.Normalised);
        Assert.Equal(1, run.Body("b9").Indicators[0].Normalised); // tied with the winsorised value
        Assert.Contains(run.Body("b10").Flags, f => f.Kind == "winsorised");
    }

    [Fact]
    public void Falls_back_to_a_log_transform_when_winsorising_is_not_allowed_enough_points()
    {
        // ln((x - min) / range + 0.01): 1 -> ln(0.01), 5 -> ln(4/99 + 0.01), 100 -> ln(1.01)
        var run = ScoreSkewed(maxWinsorised: 0);
        Assert.Equal(Math.Log(0.01), run.Body("b1").Indicators[0].Treated!.Value, 12);
        Assert.Equal(Math.Log(4.0 / 99 + 0.01), run.Body("b5").Indicators[0].Treated!.Value, 12);
        Assert.Equal(Math.Log(1.01), run.Body("b10").Indicators[0].Treated!.Value, 12);
        Assert.All(run.Bodies, b => Assert.Equal(ValueTreatment.LogFallback, b.Indicators[0].Treatment));
    }

    [Fact]
    public void Leaves_a_symmetric_indicator_untreated()
    {
        var run = Score(Yaml(2), Values(["a"], Enumerable.Range(1, 10).Select(i => ($"b{i}", new double?[] { i })).ToArray()));
        Assert.All(run.Bodies, b => Assert.Equal(ValueTreatment.None, b.Indicators[0].Treatment));
    }

    [Fact]
    public void Does_not_treat_outliers_of_an_indicator_on_fixed_goalposts()
    {
        var yaml = Doc("""
              - {code: a, direction: higher, normalisation: {method: goalposts, min: 0, max: 200}}
            """, "{code: total, aggregation: arithmetic, weights: equal}", """
              - code: area
                indicators: [{code: a, weight: 1}]
            """, $"{Scale6}\noutliers: {{enabled: true}}");
        var run = Score(yaml, Values(["a"], Skewed.Select((v, i) => ($"b{i + 1}", new[] { v })).ToArray()));
        Assert.Equal(100, run.Body("b10").Indicators[0].Treated);
    }
}
