using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Assessment.Contracts.Indicators;
using static Assessment.Integration.Tests.FeedClient;

namespace Assessment.Integration.Tests;

[Collection(SystemCollection.Name)]
public class BrokerOutageTests(RunningSystem system)
{
    [Fact]
    public async Task A_feed_pushed_while_RabbitMQ_is_stopped_is_accepted_and_announced_exactly_once_after_it_returns()
    {
        var feeds = new FeedClient(system);
        var id = $"outage-{Guid.NewGuid():N}";
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        await system.ExecuteCommandAsync("messaging", KnownResourceCommands.StopCommand);
        await system.App.ResourceNotifications.WaitForResourceAsync("messaging",
            e => e.Snapshot.State?.Text is "Exited" or "Finished" or "Stopped", timeout.Token);
        try
        {
            var receipt = await feeds.SubmitAsync(system.ReporterToken("KZ-55"), id, Value("KZ-55", "avg_salary", "2023", 310000));
            Assert.Equal(ReceiptStatus.Accepted, receipt.Status);
        }
        finally
        {
            await system.ExecuteCommandAsync("messaging", KnownResourceCommands.StartCommand);
        }

        await system.App.ResourceNotifications.WaitForResourceHealthyAsync("messaging", timeout.Token);
        var announced = await feeds.ScoringHeardOfAsync(id, TimeSpan.FromMinutes(2));

        Assert.Equal(["KZ-55"], announced.BodyCodes);
        var events = await new Contracts.Scoring.FeedActivity.FeedActivityClient(system.GatewayGrpc).ListFeedEventsAsync(
            new Contracts.Scoring.ListFeedEventsRequest { SubmissionId = id, Limit = 10 }, deadline: DateTime.UtcNow.AddSeconds(10));
        Assert.Single(events.Events);
    }
}
