using Assessment.Scoring.Engine.Coherence;
using static Assessment.Scoring.Engine.Tests.TestMethodology;

namespace Assessment.Scoring.Engine.Tests.Coherence;

public sealed class CoherenceTests
{
    private static CoherenceReport Analyse(params (string, double?[])[] rows)
    {
        var yaml = Doc(Unit3, "{code: total, aggregation: arithmetic, weights: equal}", """
              - code: area
                weights: equal
                indicators: [a, b, c]
            """);
        return new CoherenceAnalysis(Compile(yaml)).Analyse(Values(["a", "b", "c"], rows));
    }

    [Fact]
    public void Correlation_matrix_holds_pearson_coefficients_of_normalised_indicators()
    {
        // a = 0.1, 0.2, 0.3; b = 0.3, 0.2, 0.1 (perfectly opposite); c = 0.1, 0.3, 0.2
        var report = Analyse(("x", [0.1, 0.3, 0.1]), ("y", [0.2, 0.2, 0.3]), ("z", [0.3, 0.1, 0.2]));
        Assert.Equal(-1, report.Correlation("a", "b"), 12);
        Assert.Equal(0.5, report.Correlation("a", "c"), 12);
        Assert.Equal(1, report.Correlation("c", "c"));
    }

    [Fact]
    public void Cronbach_alpha_per_area_from_item_and_total_variances()
    {
        // Items a = 1,2,3 and c = 1,3,2 (tenths); b constant. Variances (sample, in tenths^2): a 1, c 1, b 0;
        // totals 2.5, 5.5, 5.5 -> variance 3: alpha = 3/2 x (1 - 2/3) = 0.5
        var report = Analyse(("x", [0.1, 0.05, 0.1]), ("y", [0.2, 0.05, 0.3]), ("z", [0.3, 0.05, 0.2]));
        Assert.Equal(0.5, report.Areas.Single(a => a.Area == "area").CronbachAlpha, 10);
    }

    [Fact]
    public void Flags_an_indicator_that_correlates_negatively_with_its_own_area()
    {
        // a and c rise together and dominate the area score; b falls as they rise.
        var report = Analyse(("x", [0.1, 0.5, 0.1]), ("y", [0.5, 0.4, 0.5]), ("z", [0.9, 0.3, 0.9]));
        var flag = Assert.Single(report.Flags, f => f.Area == "area");
        Assert.Equal("b", flag.Indicator);
        Assert.True(flag.Correlation < 0);
    }
}
