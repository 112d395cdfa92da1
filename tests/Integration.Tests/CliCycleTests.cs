using Assessment.Contracts.Scoring;

namespace Assessment.Integration.Tests;

/// <summary>
/// `assess cycle` reads and the refusals that change nothing. Closing and publishing close a period, so they are
/// exercised only on period 2021 by the guide (GuideTests), where no other test pushes.
/// </summary>
[Collection(SystemCollection.Name)]
public class CliCycleTests(RunningSystem system)
{
    private readonly ReportingCycles _cycles = new(system);

    [Fact]
    public async Task Lists_shows_and_reads_the_published_regional_cycle_with_rank_intervals_without_a_token()
    {
        var published = await _cycles.EnsurePublishedAsync();
        var anonymous = CliVariables.For(system, null);

        var list = await CliHost.RunAsync(anonymous, ["cycle", "list"]);
        var show = await CliHost.RunAsync(anonymous, ["cycle", "show", ReportingCycles.Regions]);
        var scores = await CliHost.RunAsync(anonymous, ["cycle", "scores", ReportingCycles.Regions]);

        Assert.True(list.Exit == 0, list.ToString());
        Assert.Contains(list.Output.Split('\n'), l => l.Contains(ReportingCycles.Regions) && l.Contains("published") && l.Contains(published.PublishedRun.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(show.Exit == 0, show.ToString());
        Assert.Contains(show.Output.Split('\n'), l => l.Contains("review") && l.Contains("published"));
        Assert.True(scores.Exit == 0, scores.ToString());
        Assert.Contains($"{ReportingCycles.Regions} (published), run {published.PublishedRun}", scores.Output);
        Assert.Equal(20, scores.Output.Split('\n').Count(l => l.TrimStart().StartsWith("KZ-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Closing_a_cycle_without_a_run_or_skipping_a_state_is_refused_and_leaves_it_open()
    {
        var cycle = await _cycles.OpenAsync("cli-cycle");
        var admin = CliVariables.For(system, system.AdminToken());

        var close = await CliHost.RunAsync(admin, ["cycle", "close", cycle.CycleId]);
        var skip = await CliHost.RunAsync(admin, ["cycle", "move", cycle.CycleId, "--to", "review"]);
        var reporter = await CliHost.RunAsync(CliVariables.For(system, system.ReporterToken("KZ-11")), ["cycle", "score", cycle.CycleId]);

        Assert.True(close.Exit == 1, close.ToString());
        Assert.Contains($"has no score run yet; compute one with `assess cycle score {cycle.CycleId}` first (nothing was changed)", close.Error);
        Assert.True(skip.Exit == 1, skip.ToString());
        Assert.Contains("cannot move from OPEN to REVIEW", skip.Error);
        Assert.True(reporter.Exit == 1, reporter.ToString());
        Assert.Contains("not allowed", reporter.Error);
        var state = await new Cycles.CyclesClient(system.GatewayGrpc).GetCycleAsync(new GetCycleRequest { CycleId = cycle.CycleId }, RunningSystem.WithToken(system.AdminToken()));
        Assert.Equal(CycleState.Open, state.State);

        var score = await CliHost.RunAsync(admin, ["cycle", "score", cycle.CycleId]);
        Assert.True(score.Exit == 0, score.ToString());
        Assert.Contains($"run 1 of {cycle.CycleId}: 20 bodies scored", score.Output);
        var draftScores = await CliHost.RunAsync(CliVariables.For(system, system.ReporterToken("KZ-11")), ["cycle", "scores", cycle.CycleId]);
        Assert.True(draftScores.Exit == 0, draftScores.ToString());
        Assert.Single(draftScores.Output.Split('\n'), l => l.TrimStart().StartsWith("KZ-", StringComparison.Ordinal));
    }
}
