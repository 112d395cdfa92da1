using Assessment.Reporting.Contests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assessment.Reporting.Tests.Contests;

public class ContestRulesTests
{
    private const string Reason = "The figure excludes the quasi-public sector.";

    [Theory]
    [InlineData(null, Reason, "bodyCode")]
    [InlineData("KZ-11", null, "reason")]
    [InlineData("KZ-11", "   short   ", "reason")]
    public void Refuses_a_contest_without_a_body_or_a_long_enough_reason(string? body, string? reason, string field)
    {
        var problem = Assert.IsType<ProblemHttpResult>(ContestRules.Check(new ContestRequest(body, null, null, reason)));

        Assert.Equal(400, problem.StatusCode);
        Assert.Equal(field, problem.ProblemDetails.Extensions["field"]);
    }

    [Fact]
    public void A_reason_of_4000_characters_is_accepted_and_4001_refused()
    {
        Assert.Null(ContestRules.Check(new ContestRequest("KZ-11", null, null, new string('a', 4000))));
        Assert.NotNull(ContestRules.Check(new ContestRequest("KZ-11", null, null, new string('a', 4001))));
    }

    [Theory]
    [InlineData("upheld", true)]
    [InlineData("partly-upheld", true)]
    [InlineData("rejected", true)]
    [InlineData("Upheld", false)]
    [InlineData(null, false)]
    public void An_answer_has_one_of_three_outcomes(string? outcome, bool accepted)
    {
        Assert.Equal(accepted, ContestRules.Check(new ContestAnswerRequest("We checked the source series.", outcome)) is null);
    }
}
