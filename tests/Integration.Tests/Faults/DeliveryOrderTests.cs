using Assessment.Contracts.Events;
using Assessment.Contracts.Scoring;
using static Assessment.Integration.Tests.FeedClient;

namespace Assessment.Integration.Tests.Faults;

[Collection(FaultCollection.Name)]
public class DeliveryOrderTests(FaultSystem system)
{
    private readonly FeedClient _feeds = new(system);
    private readonly ScoringClient _scoring = new(system);

    [Fact]
    public async Task An_old_feed_event_delivered_again_late_neither_counts_twice_nor_brings_back_the_older_value()
    {
        var cycle = await _scoring.OpenAsync(Regions2019.NewId("rel-order"), Regions2019.Period);
        var token = system.AdminToken();
        var older = Regions2019.NewId("rel-order-old");
        var newer = Regions2019.NewId("rel-order-new");
        await _feeds.SubmitAsync(token, older, Value("KZ-15", "unemployment-rate", Regions2019.Period, 4.1));
        var olderEvent = await _feeds.ScoringHeardOfAsync(older, TimeSpan.FromMinutes(1));
        await _feeds.SubmitAsync(token, newer, Value("KZ-15", "unemployment-rate", Regions2019.Period, 4.9));
        await _feeds.ScoringHeardOfAsync(newer, TimeSpan.FromMinutes(1));
        var latest = await RunWithValueAsync(cycle.CycleId, 4.9);
        var runsBefore = await _scoring.RunsAsync(cycle.CycleId);

        // The older submission's event arrives again after the newer one: twice with one message id, once with another.
        var replay = new ObservationsAccepted(Guid.NewGuid(), older, "test-admin", olderEvent.BodyCodes, olderEvent.Periods, olderEvent.IndicatorCodes,
            olderEvent.Accepted, 0, olderEvent.AcceptedAt.ToDateTimeOffset());
        await BrokerPublisher.PublishAsync(system, (replay.EventId, replay), (replay.EventId, replay), (Guid.NewGuid(), replay with { EventId = Guid.NewGuid() }));
        await Task.Delay(TimeSpan.FromSeconds(4));

        var events = await new FeedActivity.FeedActivityClient(system.GatewayGrpc).ListFeedEventsAsync(
            new ListFeedEventsRequest { SubmissionId = older, Limit = 10 }, deadline: DateTime.UtcNow.AddSeconds(10));
        Assert.Single(events.Events);
        Assert.Equal(runsBefore.Select(r => r.RunNumber), (await _scoring.RunsAsync(cycle.CycleId)).Select(r => r.RunNumber));
        Assert.Equal(latest.RunNumber, (await RunWithValueAsync(cycle.CycleId, 4.9)).RunNumber);
    }

    [Fact]
    public async Task An_earlier_runs_announcement_arriving_after_a_later_one_leaves_the_later_run_on_the_page()
    {
        var cycle = await _scoring.OpenAsync(Regions2019.NewId("rel-late"), Regions2019.Period);
        var token = system.AdminToken();
        var first = await _scoring.ComputeAsync(cycle.CycleId);
        await _feeds.SubmitAsync(token, Regions2019.NewId("rel-late-feed"), Value("KZ-19", "gdp_per_capita", Regions2019.Period, 3100 + Random.Shared.Next(100)));
        var second = await Eventually.GetAsync(async () => (await _scoring.RunsAsync(cycle.CycleId)).FirstOrDefault(r => r.RunNumber > first.RunNumber),
            TimeSpan.FromMinutes(1), "a second run after the feed");
        await PageShowsRunAsync(cycle.CycleId, second.RunNumber);

        // Run 1's announcement comes again, late, twice: once redelivered (same id), once re-sent (new id).
        var stale = new ScoresComputed(Guid.NewGuid(), cycle.CycleId, first.RunNumber, first.MethodologyId, first.MethodologyVersion,
            [.. Regions2019.Bodies], first.ComputedAt.ToDateTimeOffset());
        await BrokerPublisher.PublishAsync(system, (stale.EventId, stale), (stale.EventId, stale), (Guid.NewGuid(), stale with { EventId = Guid.NewGuid() }));
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Contains($"data-run=\"{second.RunNumber}\"", await PageAsync(cycle.CycleId), StringComparison.Ordinal);
        await using var reporting = await system.DatabaseAsync("reportingdb");
        await using var command = reporting.CreateCommand("SELECT run_number FROM announced_runs WHERE cycle_id = $1 ORDER BY run_number");
        command.Parameters.AddWithValue(cycle.CycleId);
        var announced = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            announced.Add(reader.GetInt32(0));
        }

        Assert.Equal([first.RunNumber, second.RunNumber], announced);
    }

    private Task<RunSummary> RunWithValueAsync(string cycleId, double value) =>
        Eventually.GetAsync(async () =>
        {
            try
            {
                var scores = await _scoring.ScoresAsync(system.AdminToken(), cycleId, "KZ-15", lineage: true);
                return scores.Bodies.Single().Indicators.Single(i => i.Code == "unemployment-rate").Raw == value ? scores.Run : null;
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.NotFound)
            {
                return null; // no run yet
            }
        }, TimeSpan.FromMinutes(1), $"the latest run of {cycleId} to carry {value}");

    private async Task PageShowsRunAsync(string cycleId, int run) =>
        await Eventually.GetAsync(async () =>
        {
            var html = await PageAsync(cycleId);
            return html.Contains($"data-run=\"{run}\"", StringComparison.Ordinal) ? html : null;
        }, TimeSpan.FromSeconds(30), $"the page of {cycleId} to show run {run}");

    private async Task<string> PageAsync(string cycleId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/cycles/{cycleId}?lang=en");
        request.Headers.Authorization = new("Bearer", system.AdminToken());
        return await (await system.Gateway.SendAsync(request)).Content.ReadAsStringAsync();
    }
}
