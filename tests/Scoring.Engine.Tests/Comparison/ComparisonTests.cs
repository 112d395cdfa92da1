using Assessment.Scoring.Engine.Comparison;
using static Assessment.Scoring.Engine.Tests.TestMethodology;

namespace Assessment.Scoring.Engine.Tests.Comparison;

public sealed class ComparisonTests
{
    private static string Version(string aggregation) => Doc(Unit3, $"{{code: total, aggregation: {aggregation}, weights: equal}}", """
          - code: first
            indicators: [{code: a, weight: 1}]
          - code: second
            indicators: [{code: b, weight: 1}]
        """, """
        scale: {min: 0, max: 100, rounding: 1}
        bands:
          - {code: good, min: 50, label: {kk: Ж, ru: Х, en: Good}}
          - {code: weak, min: 0, label: {kk: Т, ru: С, en: Weak}}
        """.Replace("\r\n", "\n")).Replace("  - {code: c,", "  # ");

    [Fact]
    public void Compares_score_rank_and_band_of_each_body_under_two_methodologies()
    {
        // Balanced x (0.5, 0.5) vs lopsided y (0.9, 0.2):
        // arithmetic: x 50.0, y 55.0 -> y first; minimum: x 50.0, y 20.0 -> x first.
        var data = Values(["a", "b"], ("x", [0.5, 0.5]), ("y", [0.9, 0.2]));
        var comparison = MethodologyComparer.Compare(Compile(Version("arithmetic")), Compile(Version("minimum")), data);
        var y = comparison.Body("y");
        Assert.Equal(55.0, y.ScoreA);
        Assert.Equal(20.0, y.ScoreB);
        Assert.Equal(-35.0, y.ScoreShift);
        Assert.Equal(1, y.RankA);
        Assert.Equal(2, y.RankB);
        Assert.Equal(-1, y.RankShift);
        Assert.True(y.BandChanged);
        Assert.Equal(1, comparison.Body("x").RankShift);
        Assert.False(comparison.Body("x").BandChanged);
    }
}
