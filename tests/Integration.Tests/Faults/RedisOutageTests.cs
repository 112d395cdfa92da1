using System.Net;
using Assessment.Contracts.Indicators;
using static Assessment.Integration.Tests.FeedClient;

namespace Assessment.Integration.Tests.Faults;

[Collection(FaultCollection.Name)]
public class RedisOutageTests(FaultSystem system)
{
    private readonly FeedClient _feeds = new(system);
    private readonly ScoringClient _scoring = new(system);

    [Fact]
    public async Task With_Redis_down_feeds_are_taken_runs_computed_and_pages_rendered_without_the_cache()
    {
        var token = system.AdminToken();
        var cycle = await _scoring.OpenAsync(Regions2019.NewId("rel-redis"), Regions2019.Period);
        var feed = Regions2019.NewId("rel-redis-feed");

        await system.StopAsync("cache");
        try
        {
            var receipt = await _feeds.SubmitAsync(token, feed, Value("KZ-23", "School-number-rate", Regions2019.Period, 7.5));
            Assert.Equal(ReceiptStatus.Accepted, receipt.Status);
            await _feeds.ScoringHeardOfAsync(feed, TimeSpan.FromMinutes(1));
            var run = await Eventually.GetAsync(async () => (await _scoring.RunsAsync(cycle.CycleId)).LastOrDefault(),
                TimeSpan.FromMinutes(1), $"a run of {cycle.CycleId} while Redis is down");

            using var request = new HttpRequestMessage(HttpMethod.Get, $"/cycles/{cycle.CycleId}?lang=en");
            request.Headers.Authorization = new("Bearer", token);
            var page = await system.Gateway.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains($"data-run=\"{run.RunNumber}\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var publicList = await system.Gateway.GetAsync("/?lang=en");
            Assert.Equal(HttpStatusCode.OK, publicList.StatusCode);
            Assert.NotEqual("hit", publicList.Headers.TryGetValues("X-Cache", out var cache) ? cache.Single() : null);
            Assert.Equal("Healthy", await (await system.ServiceHttp("indicators").GetAsync("/health")).Content.ReadAsStringAsync());
        }
        finally
        {
            await system.StartAsync("cache");
        }

        // Reporting heard of the run while the cache was away, and nothing went to an error queue.
        await Eventually.GetAsync(async () =>
        {
            var runs = await system.Gateway.GetStringAsync("/api/v1/runs");
            return runs.Contains(cycle.CycleId, StringComparison.Ordinal) ? runs : null;
        }, TimeSpan.FromMinutes(1), "reporting to record the run");
        var queues = await system.RabbitMqCtlAsync("list_queues", "name", "messages");
        Assert.DoesNotMatch(@"_error\s+[1-9]", queues);
    }
}
