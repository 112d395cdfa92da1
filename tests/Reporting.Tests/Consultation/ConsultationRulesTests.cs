using Assessment.Contracts.Scoring;
using Assessment.Reporting.Consultation;

namespace Assessment.Reporting.Tests.Consultation;

public class ConsultationRulesTests
{
    private const string Yaml = """
        indicators:
          - {code: avg_salary, unit: tenge, direction: higher}
          - {code: "unemployment-rate", direction: lower}
        areas:
          - code: economy
            weight: 0.3
        """;

    [Theory]
    [InlineData("avg_salary", true)]
    [InlineData("unemployment-rate", true)]
    [InlineData("economy", true)]
    [InlineData("avg", false)]
    [InlineData("salary", false)]
    public void A_target_must_be_a_code_the_methodology_defines(string code, bool defined)
    {
        Assert.Equal(defined, CommentRules.DefinesCode(Yaml, code));
    }

    [Fact]
    public void A_rule_is_named_freely_but_an_unknown_indicator_is_refused()
    {
        Assert.Null(CommentRules.Check(new CommentRequest("rule", "missing-data policy", "Reweighting hides gaps in the data."), Yaml, "m 1"));
        Assert.NotNull(CommentRules.Check(new CommentRequest("indicator", "gdp", "Reweighting hides gaps in the data."), Yaml, "m 1"));
        Assert.NotNull(CommentRules.Check(new CommentRequest("colour", "economy", "Reweighting hides gaps in the data."), Yaml, "m 1"));
    }

    [Fact]
    public void A_comparison_summary_counts_the_bodies_that_move_and_lists_the_largest_shift_first()
    {
        var result = new MethodologyComparisonResult { CycleId = "c", VersionA = "1", VersionB = "2" };
        result.Bodies.Add(new BodyShift { BodyCode = "A", RankA = 1, RankB = 1, RankShift = 0, BandA = "x", BandB = "x" });
        result.Bodies.Add(new BodyShift { BodyCode = "B", RankA = 2, RankB = 4, RankShift = -2, BandA = "x", BandB = "y" });
        result.Bodies.Add(new BodyShift { BodyCode = "C", RankA = 4, RankB = 3, RankShift = 1, BandA = "y", BandB = "y" });

        var summary = ConsultationService.Summarise(result, "m");

        Assert.Equal(3, summary.BodiesCompared);
        Assert.Equal(2, summary.BodiesMoved);
        Assert.Equal(2, summary.LargestShift);
        Assert.Equal(["B", "C", "A"], summary.Shifts.Select(s => s.BodyCode));
    }
}
