using static Assessment.Scoring.Engine.Tests.TestMethodology;

namespace Assessment.Scoring.Engine.Tests.Aggregation;

public sealed class AggregationTests
{
    private static double? ScoreWith(string aggregation, double a, double b)
    {
        var yaml = Doc("""
              - {code: a, direction: higher, normalisation: {method: goalposts, min: 0, max: 1}}
              - {code: b, direction: higher, normalisation: {method: goalposts, min: 0, max: 1}}
            """, "{code: total, aggregation: arithmetic, weights: equal}", $$"""
              - code: area
                aggregation: {{aggregation}}
                indicators: [{code: a, weight: 0.25}, {code: b, weight: 0.75}]
            """, Scale6);
        var run = Score(yaml, Values(["a", "b"], ("x", [a, b])));
        return run.Body("x").Node("area").Unrounded;
    }

    [Fact]
    public void Weighted_arithmetic_mean() =>
        // 0.25 * 0.25 + 0.75 * 1
        Assert.Equal(0.8125, ScoreWith("arithmetic", 0.25, 1)!.Value, 12);

    [Fact]
    public void Weighted_geometric_mean() =>
        // 0.25^0.25 * 1^0.75 = sqrt(0.5)
        Assert.Equal(Math.Sqrt(0.5), ScoreWith("geometric", 0.25, 1)!.Value, 12);

    [Fact]
    public void Weighted_harmonic_mean() =>
        // 1 / (0.25/0.25 + 0.75/1) = 1/1.75
        Assert.Equal(1 / 1.75, ScoreWith("harmonic", 0.25, 1)!.Value, 12);

    [Fact]
    public void Minimum_takes_the_weakest_child() =>
        Assert.Equal(0.25, ScoreWith("minimum", 0.25, 1)!.Value, 12);

    [Fact]
    public void Geometric_mean_with_a_zero_child_is_zero() =>
        Assert.Equal(0, ScoreWith("geometric", 0, 1)!.Value, 12);

    [Fact]
    public void Copeland_scores_pairwise_majorities_not_averages()
    {
        // Equal weights. A beats B on 2 of 3 (wins), loses to C on 2 of 3; B loses to both; C beats both.
        // Net wins: A 0, B -2, C +2 over m = 2 opponents -> (net + m) / 2m = 0.5, 0, 1.
        // The arithmetic mean would tie A and B at 0.5 and put C at 0.633: Copeland is not compensatory.
        var yaml = Doc(Unit3, "{code: total, aggregation: arithmetic, weights: equal}", """
              - code: area
                aggregation: copeland
                weights: equal
                indicators: [a, b, c]
            """, Scale6);
        var run = Score(yaml, Values(["a", "b", "c"], ("A", [0.9, 0.1, 0.5]), ("B", [0.5, 0.6, 0.4]), ("C", [0.2, 0.8, 0.9])));
        Assert.Equal(0.5, run.Body("A").Node("area").Score);
        Assert.Equal(0, run.Body("B").Node("area").Score);
        Assert.Equal(1, run.Body("C").Node("area").Score);
    }

    [Fact]
    public void Copeland_treats_an_even_weighted_split_as_a_tie()
    {
        // Two equally weighted indicators, each body better on one: every pair ties, everyone scores 0.5.
        var yaml = Doc(Unit3, "{code: total, aggregation: arithmetic, weights: equal}", """
              - code: area
                aggregation: copeland
                weights: equal
                indicators: [a, b]
              - code: rest
                indicators: [{code: c, weight: 1}]
            """, Scale6);
        var run = Score(yaml, Values(["a", "b", "c"], ("A", [0.9, 0.1, 0.5]), ("B", [0.1, 0.9, 0.5])));
        Assert.Equal(0.5, run.Body("A").Node("area").Score);
        Assert.Equal(0.5, run.Body("B").Node("area").Score);
    }

    [Fact]
    public void Output_scale_and_rounding_apply_to_every_node()
    {
        var yaml = Doc(Unit3, "{code: total, aggregation: arithmetic, weights: equal}", """
              - code: area
                weights: equal
                indicators: [a, b, c]
            """, "scale: {min: 0, max: 100, rounding: 1}");
        // mean of 0.1234, 0.5, 0.9 = 0.5078 -> 50.78 -> 50.8
        var run = Score(yaml, Values(["a", "b", "c"], ("x", [0.1234, 0.5, 0.9])));
        Assert.Equal(50.8, run.Body("x").Overall.Score);
        Assert.Equal(50.8, run.Body("x").Node("area").Score);
    }
}
