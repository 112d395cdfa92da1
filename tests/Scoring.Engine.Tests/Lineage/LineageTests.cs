using static Assessment.Scoring.Engine.Tests.TestMethodology;

namespace Assessment.Scoring.Engine.Tests.Lineage;

public sealed class LineageTests
{
    [Fact]
    public void Arithmetic_contributions_are_weight_times_value_and_add_up_to_the_node_score()
    {
        var yaml = Doc(Unit3, "{code: total, aggregation: arithmetic}", """
              - code: first
                weight: 0.4
                indicators: [{code: a, weight: 0.25}, {code: b, weight: 0.75}]
              - code: second
                weight: 0.6
                indicators: [{code: c, weight: 1}]
            """, "scale: {min: 0, max: 100, rounding: 2}");
        var body = Score(yaml, Values(["a", "b", "c"], ("x", [0.2, 0.6, 0.9]))).Body("x");
        var root = body.Lineage.Single(l => l.Node == "total");

        // total = 0.4 * (0.25 * 0.2 + 0.75 * 0.6) + 0.6 * 0.9 = 0.74 -> 74 on the 0..100 scale
        Assert.Equal(74, root.Unrounded!.Value, 10);
        Assert.Equal(root.Unrounded.Value, root.Offset + root.Contributions.Sum(c => c.Contribution), 10);
        var a = root.Contributions.Single(c => c.Indicator == "a");
        Assert.Equal(0.1, a.EffectiveWeight, 12);            // 0.4 * 0.25
        Assert.Equal(100 * 0.1 * 0.2, a.Contribution, 10);   // weight x normalised, on the published scale
        Assert.Equal(0.2, a.Raw);
        Assert.Equal(0.2, a.Normalised);

        var first = body.Lineage.Single(l => l.Node == "first");
        Assert.Equal(["a", "b"], first.Contributions.Select(c => c.Indicator));
        Assert.Equal(body.Node("first").Unrounded!.Value, first.Contributions.Sum(c => c.Contribution), 10);
    }

    [Fact]
    public void Geometric_node_contributions_still_add_up_to_its_score()
    {
        var methodology = TestFiles.Compile("hdi-2021.yaml");
        var data = Values(["life_expectancy", "expected_years_schooling", "mean_years_schooling", "gni_per_capita_ppp2017"],
            ("KAZ", [69.3622, 15.76500034, 12.34756189, 23942.81837]));
        var body = new Assessment.Scoring.Engine.Scoring.ScoringEngine(methodology).Score(data).Body("KAZ");
        var root = body.Lineage.Single(l => l.Node == "hdi");
        Assert.Equal(body.Overall.Unrounded!.Value, root.Contributions.Sum(c => c.Contribution), 12);
        var gni = root.Contributions.Single(c => c.Indicator == "gni_per_capita_ppp2017");
        Assert.Equal(Math.Log(23942.81837), gni.Treated!.Value, 12);
        Assert.Equal(1.0 / 3, gni.EffectiveWeight, 12);
        Assert.Equal(1.0 / 6, root.Contributions.Single(c => c.Indicator == "mean_years_schooling").EffectiveWeight, 12);
    }

    [Fact]
    public void Missing_indicators_appear_in_the_lineage_with_no_contribution_and_weights_reweighted()
    {
        var yaml = Doc(Unit3, "{code: total, aggregation: arithmetic, weights: equal}", """
              - code: area
                weights: equal
                indicators: [a, b, c]
            """, Scale6);
        var body = Score(yaml, Values(["a", "b", "c"], ("x", [0.3, null, 0.6]))).Body("x");
        var area = body.Lineage.Single(l => l.Node == "area");
        var b = area.Contributions.Single(c => c.Indicator == "b");
        Assert.Null(b.Normalised);
        Assert.Equal(0, b.Contribution);
        Assert.Equal(0.5, area.Contributions.Single(c => c.Indicator == "a").EffectiveWeight, 12);
        Assert.Equal(0.45, area.Contributions.Sum(c => c.Contribution), 12);
    }
}
