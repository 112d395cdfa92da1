namespace Assessment.Integration.Tests;

/// <summary>`assess contest` refusals, printed from reporting's problem+json (the accepted path runs in GuideTests).</summary>
[Collection(SystemCollection.Name)]
public class CliContestTests(RunningSystem system, Xunit.Abstractions.ITestOutputHelper log)
{
    [Fact]
    public async Task A_contest_outside_review_or_for_another_body_is_refused_with_the_problem_s_title_and_detail()
    {
        await new ReportingCycles(system).EnsurePublishedAsync();
        if (!await ContestsApi.ServedAsync(system, $"/api/v1/reporting/cycles/{ReportingCycles.Regions}/contests"))
        {
            log.WriteLine("SKIPPED: the reporting service does not serve /api/v1/reporting/cycles/{cycle}/contests yet");
            return;
        }

        var published = await CliHost.RunAsync(CliVariables.For(system, system.ReporterToken("KZ-11")),
            ["contest", "submit", "--cycle", ReportingCycles.Regions, "--body", "KZ-11", "--reason", "cli test: too late"]);
        var otherBody = await CliHost.RunAsync(CliVariables.For(system, system.ReporterToken("KZ-11")),
            ["contest", "submit", "--cycle", ReportingCycles.Regions, "--body", "KZ-15", "--reason", "cli test: not ours"]);
        var badOutcome = await CliHost.RunAsync(CliVariables.For(system, system.AdminToken()),
            ["contest", "answer", Guid.NewGuid().ToString(), "--answer", "There is no such contest to answer.", "--outcome", "maybe"]);
        var unknown = await CliHost.RunAsync(CliVariables.For(system, system.AdminToken()),
            ["contest", "answer", Guid.NewGuid().ToString(), "--answer", "There is no such contest to answer.", "--outcome", "rejected"]);

        Assert.True(published.Exit == 1, published.ToString());
        Assert.Contains("accepted only while it is in REVIEW", published.Error);
        Assert.True(otherBody.Exit == 1, otherBody.ToString());
        Assert.Contains("may not contest for KZ-15", otherBody.Error);
        Assert.True(badOutcome.Exit == 2, badOutcome.ToString());
        Assert.True(unknown.Exit == 1, unknown.ToString());
        Assert.Contains("no contest", unknown.Error, StringComparison.OrdinalIgnoreCase);
    }
}
