using Assessment.Contracts.Scoring;
using static Assessment.Integration.Tests.FeedClient;

namespace Assessment.Integration.Tests.Faults;

[Collection(FaultCollection.Name)]
public class BrokerRestartTests(FaultSystem system)
{
    private readonly FeedClient _feeds = new(system);
    private readonly ScoringClient _scoring = new(system);

    [Fact]
    public async Task Every_feed_accepted_while_RabbitMQ_is_down_is_announced_once_and_scored_as_without_the_fault()
    {
        var cycle = await _scoring.OpenAsync(Regions2019.NewId("rel-broker"), Regions2019.Period);
        var token = system.AdminToken();
        var sends = Regions2019.Bodies.Select((body, i) => (Id: Regions2019.NewId("rel-broker-feed"),
            Values: new[] { Value(body, "avg_salary", Regions2019.Period, 200000 + 5000 * i), Value(body, "life_expectancy", Regions2019.Period, 68 + 0.3 * i) })).ToList();

        await system.StopAsync("messaging");
        try
        {
            foreach (var send in sends)
            {
                var receipt = await _feeds.SubmitAsync(token, send.Id, send.Values);
                Assert.Equal(Contracts.Indicators.ReceiptStatus.Accepted, receipt.Status);
            }
        }
        finally
        {
            await system.StartAsync("messaging");
        }

        var activity = new FeedActivity.FeedActivityClient(system.GatewayGrpc);
        foreach (var send in sends)
        {
            await _feeds.ScoringHeardOfAsync(send.Id, TimeSpan.FromMinutes(2));
            var events = await activity.ListFeedEventsAsync(new ListFeedEventsRequest { SubmissionId = send.Id, Limit = 10 }, deadline: DateTime.UtcNow.AddSeconds(10));
            Assert.Single(events.Events);
        }

        // A cycle that never saw the fault, scored now, over the same data (other tests of this fixture may have fed 2019 too)...
        var reference = await _scoring.OpenAsync(Regions2019.NewId("rel-ref"), Regions2019.Period);
        var withoutFault = await _scoring.ComputeAsync(reference.CycleId);
        Assert.True(withoutFault.ObservationCount >= sends.Sum(s => s.Values.Length));

        // ...and the automatic run the recovered events caused: the same inputs, so the same scores and ranks.
        var afterOutage = await Eventually.GetAsync(async () => (await _scoring.RunsAsync(cycle.CycleId)).LastOrDefault(r => r.InputHash == withoutFault.InputHash),
            TimeSpan.FromMinutes(1), $"a run of {cycle.CycleId} over the same inputs as the run without the fault");
        var faulted = await _scoring.ScoresAsync(token, cycle.CycleId);
        var clean = await _scoring.ScoresAsync(token, reference.CycleId);
        Assert.Equal(afterOutage.RunNumber, faulted.Run.RunNumber);
        Assert.Equal(clean.Bodies.Select(b => (b.BodyCode, b.Score, b.Rank)).OrderBy(b => b.BodyCode),
            faulted.Bodies.Select(b => (b.BodyCode, b.Score, b.Rank)).OrderBy(b => b.BodyCode));
    }
}
