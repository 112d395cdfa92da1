using Assessment.Scoring.Engine.Data;
using Assessment.Scoring.Engine.Missing;
using static Assessment.Scoring.Engine.Tests.TestMethodology;

namespace Assessment.Scoring.Engine.Tests.Missing;

public sealed class MissingDataTests
{
    private static string Yaml(string missing, string minCoverage = "0.5") => Doc(Unit3, "{code: total, aggregation: arithmetic, weights: equal}", """
          - code: area
            indicators: [{code: a, weight: 0.25}, {code: b, weight: 0.75}]
          - code: other
            indicators: [{code: c, weight: 1}]
        """, $"{Scale6}\nmissing: {{treatment: {missing}, min_coverage: {minCoverage}}}");

    [Fact]
    public void Reweights_over_the_indicators_that_are_present()
    {
        // b missing: area = 0.25 * 0.4 / 0.25 = 0.4, not 0.25 * 0.4 (missing is never zero).
        var run = Score(Yaml("reweight"), Values(["a", "b", "c"], ("x", [0.4, null, 1])));
        var area = run.Body("x").Node("area");
        Assert.Equal(0.4, area.Score);
        Assert.Equal(0.5, area.Coverage);
        Assert.Contains(run.Body("x").Flags, f => f.Kind == "missing" && f.Subject == "b");
    }

    [Fact]
    public void Withholds_an_area_score_below_minimum_coverage()
    {
        var run = Score(Yaml("reweight", "0.6"), Values(["a", "b", "c"], ("x", [0.4, null, 1]), ("y", [0.2, 0.3, 0.5])));
        var x = run.Body("x");
        Assert.Null(x.Node("area").Score);
        Assert.True(x.Node("area").Withheld);
        Assert.Contains(x.Flags, f => f.Kind == "withheld" && f.Subject == "area");
        // The root reweights over what is left (coverage 2/3 >= 0.6): it equals the other area, c = 1.
        Assert.Equal(1, x.Overall.Score);
    }

    [Fact]
    public void A_withheld_root_leaves_the_body_unranked_and_without_band()
    {
        var run = Score(Yaml("reweight", "0.9"), Values(["a", "b", "c"], ("x", [0.4, null, 1]), ("y", [0.2, 0.3, 0.5])));
        Assert.Null(run.Body("x").Overall.Score);
        Assert.Null(run.Body("x").Rank);
        Assert.Contains(run.Body("x").Flags, f => f.Kind == "unranked");
        Assert.Equal(1, run.Body("y").Rank);
    }

    [Fact]
    public void Imputes_the_peer_group_mean_of_reported_values()
    {
        var data = Values(["a", "b", "c"], ["g1", "g1", "g1", "g2"],
            ("x", [0.2, 0.5, 1]), ("y", [0.4, 0.5, 1]), ("z", [null, 0.5, 1]), ("w", [0.9, 0.5, 1]));
        var run = Score(Yaml("peer_mean"), data);
        var trace = run.Body("z").Indicators.Single(t => t.Indicator == "a");
        Assert.Equal(0.3, trace.Treated!.Value, 12); // (0.2 + 0.4) / 2; w is in another group
        Assert.Equal(ValueTreatment.Missing | ValueTreatment.ImputedPeerMean, trace.Treatment);
        Assert.Equal(0.25 * 0.3 + 0.75 * 0.5, run.Body("z").Node("area").Unrounded!.Value, 12);
        Assert.Equal(0.5, run.Body("z").Node("area").Coverage); // imputed values do not count as reported
    }

    [Fact]
    public void Imputes_the_peer_group_median_of_reported_values()
    {
        var data = Values(["a", "b", "c"], ("x", [0.1, 0.5, 1]), ("y", [0.2, 0.5, 1]), ("z", [0.9, 0.5, 1]), ("v", [null, 0.5, 1]));
        var run = Score(Yaml("peer_median"), data);
        var trace = run.Body("v").Indicators.Single(t => t.Indicator == "a");
        Assert.Equal(0.2, trace.Treated!.Value, 12);
        Assert.True(trace.Treatment.HasFlag(ValueTreatment.ImputedPeerMedian));
    }

    [Fact]
    public void Imputes_the_bodys_previous_period_value()
    {
        var builder = new DatasetBuilder().AddBody("x").AddBody("y");
        builder.Set("x", "a", null).Set("x", "b", 0.5).Set("x", "c", 1).SetPrevious("x", "a", 0.7);
        builder.Set("y", "a", 0.1).Set("y", "b", 0.5).Set("y", "c", 1).SetPrevious("y", "a", 0.1);
        var run = Score(Yaml("previous"), builder.Build());
        var trace = run.Body("x").Indicators.Single(t => t.Indicator == "a");
        Assert.Equal(0.7, trace.Treated);
        Assert.True(trace.Treatment.HasFlag(ValueTreatment.ImputedPrevious));
    }

    [Fact]
    public void Falls_back_to_reweighting_when_no_previous_value_exists()
    {
        var run = Score(Yaml("previous"), Values(["a", "b", "c"], ("x", [null, 0.5, 1])));
        Assert.Null(run.Body("x").Indicators.Single(t => t.Indicator == "a").Treated);
        Assert.Equal(0.5, run.Body("x").Node("area").Score);
    }

    [Fact]
    public void Reports_change_since_the_previous_period_under_the_same_methodology()
    {
        var builder = new DatasetBuilder().AddBody("x").AddBody("y");
        foreach (var (body, now, before) in new[] { ("x", 0.8, 0.6), ("y", 0.5, 0.7) })
        {
            builder.Set(body, "a", now).Set(body, "b", now).Set(body, "c", now);
            builder.SetPrevious(body, "a", before).SetPrevious(body, "b", before).SetPrevious(body, "c", before);
        }
        var run = Score(Yaml("reweight"), builder.Build());
        Assert.Equal(0.6, run.Body("x").Overall.PreviousScore);
        Assert.Equal(0.2, run.Body("x").Overall.Change);
        Assert.Equal(1, run.Body("x").RankChange); // 2nd -> 1st
        Assert.Equal(-1, run.Body("y").RankChange);
    }
}
