using System.Diagnostics;
using Aspire.Hosting.Testing;
using Assessment.Contracts.Events;
using Assessment.Contracts.Indicators;
using Assessment.Contracts.Scoring;
using Grpc.Core;
using MassTransit;
using Xunit.Abstractions;
using static Assessment.Integration.Tests.FeedClient;

namespace Assessment.Integration.Tests;

[Collection(SystemCollection.Name)]
public class ScoringServiceTests(RunningSystem system, ITestOutputHelper output)
{
    private static readonly string[] Regions =
    [
        "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
        "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
    ];

    private readonly FeedClient _feeds = new(system);
    private readonly ScoringClient _scoring = new(system);

    // Cycles that close their period use years no other test feeds (2029, 2030): closing locks the period for everyone.
    private static string NewId(string what) => $"{what}-{Guid.NewGuid():N}"[..(what.Length + 9)];

    [Fact]
    public async Task Computes_kz_regions_2022_ranking_twenty_regions_with_lineage_to_the_demo_submission()
    {
        var watch = Stopwatch.StartNew();
        var run = await _scoring.ComputeAsync("kz-regions-2022");
        output.WriteLine($"ComputeRun kz-regions-2022: run {run.RunNumber}, {run.ObservationCount} observations, {watch.ElapsedMilliseconds} ms ({run.Trigger})");

        var scores = await _scoring.ScoresAsync(system.AdminToken(), "kz-regions-2022", lineage: true);

        Assert.Equal(run.RunNumber, scores.Run.RunNumber);
        Assert.Equal(20, scores.Run.BodyCount);
        Assert.Equal(Regions, scores.Bodies.Select(b => b.BodyCode).Order());
        // Competition ranking ("1224"): equal published scores share a rank, and the next rank skips.
        var ranks = scores.Bodies.Select(b => b.Rank).Order().ToList();
        Assert.All(ranks.Select((rank, i) => (rank, i)), r => Assert.True(r.rank == r.i + 1 || r.rank == ranks[r.i - 1], $"rank {r.rank} at position {r.i + 1}"));
        Assert.Equal("kz_regions", scores.NodeCodes[0]);
        Assert.Matches("^[0-9a-f]{64}$", run.InputHash);
        var salary = scores.Bodies.Single(b => b.BodyCode == "KZ-75").Indicators.Single(i => i.Code == "avg_salary");
        Assert.Equal("demo-kz-regions-2022", salary.Source.SubmissionId);
        Assert.True(salary.HasRaw && salary.Weight > 0);
        Assert.All(scores.Bodies, b => Assert.True(b.RankP05 > 0 && b.RankP05 <= b.RankP95, $"{b.BodyCode}: uncertainty interval {b.RankP05}-{b.RankP95}"));

        // Nothing changed: computing again returns the same run instead of storing another.
        var again = await _scoring.ComputeAsync("kz-regions-2022");
        Assert.Equal(run.RunNumber, again.RunNumber);

        // ScoresComputed went through the outbox and the broker to reporting.
        await Eventually.GetAsync(async () =>
        {
            var runs = await system.Gateway.GetStringAsync("/api/v1/runs");
            return runs.Contains("kz-regions-2022", StringComparison.Ordinal) ? runs : null;
        }, TimeSpan.FromSeconds(60), "reporting to list the run of kz-regions-2022");
    }

    [Fact]
    public async Task A_feed_recomputes_an_open_cycle_once_even_when_its_event_is_delivered_twice()
    {
        var cycleId = NewId("dup");
        await _scoring.OpenAsync(cycleId, "2020");
        var submission = NewId("dup-feed");
        await _feeds.SubmitAsync(system.AdminToken(), submission, Value("KZ-11", "avg_salary", "2020", 250000), Value("KZ-15", "avg_salary", "2020", 260000));
        var first = await RunWithObservationsAsync(cycleId, 2);
        Assert.StartsWith("feeds:", first.Trigger, StringComparison.Ordinal);
        var heard = await _feeds.ScoringHeardOfAsync(submission, TimeSpan.FromSeconds(30));

        // The submission's event arrives again, twice with one event and message id: a redelivery changes nothing.
        var duplicate = new ObservationsAccepted(Guid.NewGuid(), submission, "test-admin", heard.BodyCodes, heard.Periods, heard.IndicatorCodes,
            heard.Accepted, 0, heard.AcceptedAt.ToDateTimeOffset());
        await PublishAsync(duplicate, duplicate);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(await _scoring.RunsAsync(cycleId));
        Assert.Single((await new FeedActivity.FeedActivityClient(system.GatewayGrpc).ListFeedEventsAsync(
            new ListFeedEventsRequest { SubmissionId = submission }, deadline: DateTime.UtcNow.AddSeconds(10))).Events);
    }

    [Fact]
    public async Task A_burst_of_thirty_feeds_is_coalesced_into_a_few_runs_that_include_every_value()
    {
        var cycleId = NewId("burst");
        await _scoring.OpenAsync(cycleId, "2018");
        var token = system.AdminToken();
        // Regions that existed in 2018 (three were created in 2022, two in mid-2018), two indicators each.
        var bodies = Regions.Except(["KZ-10", "KZ-33", "KZ-61", "KZ-62", "KZ-79"]).ToArray();
        var indicators = new[] { ("avg_salary", 250000.0, 1000.0), ("life_expectancy", 70.0, 0.1) };
        var sends = Enumerable.Range(0, 30).Select(i =>
        {
            var (code, start, step) = indicators[i / bodies.Length];
            return (Id: NewId("burst-feed"), Value: Value(bodies[i % bodies.Length], code, "2018", start + step * i));
        }).ToList();
        await Parallel.ForEachAsync(sends, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (send, _) => await _feeds.SubmitAsync(token, send.Id, send.Value));

        var last = await RunWithObservationsAsync(cycleId, 30);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var runs = await _scoring.RunsAsync(cycleId);
        output.WriteLine($"30 feeds -> {runs.Count} runs: {string.Join(", ", runs.Select(r => $"{r.RunNumber}:{r.Trigger}:{r.ObservationCount}"))}");
        Assert.InRange(runs.Count, 1, 6);
        Assert.Equal(Enumerable.Range(1, runs.Count), runs.Select(r => r.RunNumber));
        Assert.Equal(last.RunNumber, runs[^1].RunNumber);
    }

    [Fact]
    public async Task Drafts_are_seen_by_the_bodies_concerned_and_the_centre_and_the_published_run_by_everyone()
    {
        var cycleId = NewId("life");
        await _scoring.OpenAsync(cycleId, "2029");
        await _feeds.SubmitAsync(system.AdminToken(), NewId("life-feed"), Value("KZ-11", "avg_salary", "2029", 200000), Value("KZ-15", "avg_salary", "2029", 210000));
        var refused = await Assert.ThrowsAsync<RpcException>(() => _scoring.MoveAsync(cycleId, CycleState.Published));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("from OPEN", refused.Status.Detail, StringComparison.Ordinal);

        await _scoring.MoveAsync(cycleId, CycleState.Closed, "data collection over");
        var run = await _scoring.ComputeAsync(cycleId);
        await _scoring.MoveAsync(cycleId, CycleState.Draft);

        var anonymous = await Assert.ThrowsAsync<RpcException>(() => _scoring.ScoresAsync(null, cycleId));
        Assert.Contains(anonymous.StatusCode, new[] { StatusCode.Unauthenticated, StatusCode.PermissionDenied });
        Assert.Contains("not published", anonymous.Status.Detail, StringComparison.Ordinal);
        var own = await _scoring.ScoresAsync(system.ReporterToken("KZ-11"), cycleId);
        Assert.Equal(["KZ-11"], own.Bodies.Select(b => b.BodyCode));
        var foreign = await Assert.ThrowsAsync<RpcException>(() => _scoring.ScoresAsync(system.ReporterToken("KZ-11"), cycleId, "KZ-15"));
        Assert.Equal(StatusCode.PermissionDenied, foreign.StatusCode);
        Assert.Equal(20, (await _scoring.ScoresAsync(system.AdminToken(), cycleId)).Bodies.Count);

        await _scoring.MoveAsync(cycleId, CycleState.Review);
        var published = await _scoring.MoveAsync(cycleId, CycleState.Published, "approved");
        Assert.Equal(run.RunNumber, published.PublishedRun);
        Assert.Equal([CycleState.Open, CycleState.Closed, CycleState.Draft, CycleState.Review, CycleState.Published], published.History.Select(h => h.To));
        Assert.All(published.History, h => Assert.Equal("test-admin", h.Actor));

        var open = await _scoring.ScoresAsync(null, cycleId);
        Assert.Equal(20, open.Bodies.Count);
        Assert.Equal(run.RunNumber, open.Run.RunNumber);
        var frozen = await Assert.ThrowsAsync<RpcException>(() => _scoring.ComputeAsync(cycleId));
        Assert.Equal(StatusCode.FailedPrecondition, frozen.StatusCode);
    }

    [Fact]
    public async Task Closing_a_cycle_makes_indicators_refuse_late_feeds_for_its_period()
    {
        var cycleId = NewId("close");
        await _scoring.OpenAsync(cycleId, "2030");
        await _scoring.MoveAsync(cycleId, CycleState.Closed, "deadline passed");

        var (code, receipt) = await _feeds.SubmitRejectedAsync(system.ReporterToken("KZ-11"), NewId("late"), Value("KZ-11", "avg_salary", "2030", 199000));

        Assert.NotEqual(StatusCode.OK, code);
        Assert.Contains(receipt.Errors, e => e.Code == "period_closed");
    }

    private Task<RunSummary> RunWithObservationsAsync(string cycleId, int observations) =>
        Eventually.GetAsync(async () => (await _scoring.RunsAsync(cycleId)).LastOrDefault(r => r.ObservationCount == observations),
            TimeSpan.FromSeconds(60), $"a run of {cycleId} with {observations} observations");

    private async Task PublishAsync(params ObservationsAccepted[] messages)
    {
        var broker = await system.App.GetConnectionStringAsync("messaging")
            ?? throw new InvalidOperationException("The system has no messaging connection string.");
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(broker)));
        await bus.StartAsync();
        try
        {
            foreach (var message in messages)
            {
                await bus.Publish(message, context => context.MessageId = message.EventId);
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
