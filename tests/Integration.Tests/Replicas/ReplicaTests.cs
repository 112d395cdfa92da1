using Assessment.Contracts.Indicators;
using Assessment.Contracts.Scoring;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Core;
using StackExchange.Redis;

namespace Assessment.Integration.Tests.Replicas;

/// <summary>
/// Two replicas of every service, on the real servers: each event is handled by one consumer, each outbox row is
/// published once, one trigger makes one run, every reporting replica shows the newest run, and a replica stopped
/// in the middle of a burst of feeds loses none of them. Period 2023 and the cycle rollout-2023 belong to this fixture.
/// </summary>
[Collection(ReplicatedSystemCollection.Name)]
public sealed class ReplicaTests(ReplicatedSystem system)
{
    private const string Period = "2023";
    private const string CycleId = "rollout-2023";
    private static readonly string[] Regions = ["KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-35", "KZ-39", "KZ-43", "KZ-47"];
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(90);

    private readonly FeedClient _feeds = new(system);
    private readonly ScoringClient _scoring = new(system);

    [Fact]
    public void Every_service_runs_two_replicas()
    {
        foreach (var service in ReplicatedSystem.Services)
        {
            var replicas = system.ReplicasOf(service);
            Assert.Equal(ReplicatedSystem.Replicas, replicas.Count);
            Assert.Equal(ReplicatedSystem.Replicas, replicas.Select(r => r.Http.Port).Distinct().Count());
        }
    }

    [Fact]
    public async Task Each_feed_is_published_once_and_consumed_by_exactly_one_scoring_replica()
    {
        var token = system.AdminToken();
        var receipts = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            _feeds.SubmitAsync(token, $"replicas-once-{Guid.NewGuid():N}", FeedClient.Value(Regions[i % Regions.Length], "avg_salary", Period, 300_000 + i))));
        foreach (var receipt in receipts)
        {
            await _feeds.ScoringHeardOfAsync(receipt.SubmissionId, Within);
        }

        // Spans arrive in batches; wait until every feed's trace holds its scoring consumer's spans.
        var traces = await Eventually.GetAsync(() =>
        {
            var spans = system.Traces.Spans;
            var traceIds = receipts.Select(r => spans.FirstOrDefault(s => s.Attributes.GetValueOrDefault("assessment.submission_id") == r.SubmissionId)?.TraceId).ToList();
            if (traceIds.Any(t => t is null))
            {
                return Task.FromResult<Dictionary<string, List<Telemetry.ReceivedSpan>>?>(null);
            }

            var byTrace = traceIds.Distinct().ToDictionary(t => t!, t => spans.Where(s => s.TraceId == t).ToList());
            return Task.FromResult(byTrace.Values.All(trace => trace.Any(s => s.Service == "scoring" && s.Scope == "MassTransit")) ? byTrace : null);
        }, Within, "every feed's trace to reach scoring");
        Assert.Equal(receipts.Length, traces.Count);

        // Which replica takes which event depends on the broker's prefetch; what matters is that exactly one does.
        foreach (var (trace, spans) in traces)
        {
            Assert.Single(spans, s => s.Service == "indicators" && s.Name == "outbox.publish");
            var scoringReplicas = spans.Where(s => s.Service == "scoring" && s.Scope == "MassTransit").Select(s => s.Instance).Distinct().ToList();
            Assert.True(scoringReplicas.Count == 1, $"trace {trace}: the event was consumed by {scoringReplicas.Count} scoring replicas");
        }

        var events = await new FeedActivity.FeedActivityClient(system.GatewayGrpc).ListFeedEventsAsync(
            new ListFeedEventsRequest { Limit = 500 }, deadline: DateTime.UtcNow.AddSeconds(30));
        foreach (var receipt in receipts)
        {
            Assert.Single(events.Events, e => e.SubmissionId == receipt.SubmissionId);
        }
    }

    [Fact]
    public async Task One_feed_makes_one_run_however_many_replicas_are_asked_to_compute_it()
    {
        await EnsureCycleAsync();
        var before = (await _scoring.RunsAsync(CycleId)).Count;

        // A feed (which the coalescers of both replicas see as waiting) and, at once, six manual requests spread
        // over both replicas: all of them compute the same inputs, so exactly one new run may come out of it.
        var receipt = await _feeds.SubmitAsync(system.AdminToken(), $"replicas-run-{Guid.NewGuid():N}",
            FeedClient.Value("KZ-11", "life_expectancy", Period, 70 + Random.Shared.NextDouble()));
        var manual = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _scoring.ComputeAsync(CycleId)));
        await _feeds.ScoringHeardOfAsync(receipt.SubmissionId, Within);
        await WaitForRunsAsync(before + 1);
        // The coalescers of both replicas now hold the feed's trigger; give them time to (wrongly) make a second run.
        await Task.Delay(TimeSpan.FromSeconds(8));

        var runs = await _scoring.RunsAsync(CycleId);
        Assert.Equal(before + 1, runs.Count);
        Assert.All(manual, m => Assert.Equal(runs[^1].RunNumber, m.RunNumber));
        Assert.Equal(runs.Count, runs.Select(r => r.InputHash).Distinct().Count());
    }

    [Fact]
    public async Task A_new_run_drops_the_cached_page_for_every_reporting_replica()
    {
        await EnsureCycleAsync();
        var reporting = system.ReplicasOf("reporting");
        Assert.Equal(ReplicatedSystem.Replicas, reporting.Count);

        // A page cached before the run (planted, so that it is recognisable): every replica serves it from the cache.
        var marker = $"stale-{Guid.NewGuid():N}";
        using (var redis = await ConnectionMultiplexer.ConnectAsync((await system.App.GetConnectionStringAsync("cache"))!))
        {
            await redis.GetDatabase().HashSetAsync($"reporting:pages:{CycleId}", $"en|/cycles/{CycleId}", $"<html>{marker}</html>");
        }

        foreach (var replica in reporting)
        {
            Assert.Contains(marker, await PageAsync(replica, bearer: null));
        }

        // One run, announced once and consumed by one reporting replica: no replica may serve the old page after it.
        var before = (await _scoring.RunsAsync(CycleId)).Count;
        await _feeds.SubmitAsync(system.AdminToken(), $"replicas-page-{Guid.NewGuid():N}",
            FeedClient.Value("KZ-15", "life_expectancy", Period, 70 + Random.Shared.NextDouble()));
        var latest = await Eventually.GetAsync(async () =>
        {
            var runs = await _scoring.RunsAsync(CycleId);
            return runs.Count > before ? runs[^1] : null;
        }, Within, "the feed's run");

        foreach (var replica in reporting)
        {
            await Eventually.GetAsync(async () => (await PageAsync(replica, bearer: null)).Contains(marker, StringComparison.Ordinal) ? null : replica,
                Within, $"reporting replica {replica.Instance} to drop the stale page");
            Assert.Equal(latest.RunNumber, RunOnPage(await PageAsync(replica, system.AdminToken())));
        }
    }

    [Fact]
    public async Task A_replica_stopped_in_the_middle_of_a_burst_of_feeds_loses_none_of_them()
    {
        var token = system.AdminToken();
        var victims = new[] { system.ReplicasOf("indicators")[0], system.ReplicasOf("scoring")[0] };
        var submissions = Enumerable.Range(0, 40).Select(i => (Id: $"replicas-stop-{Guid.NewGuid():N}", Body: Regions[i % Regions.Length], Value: 310_000.0 + i)).ToList();

        // Feeds go on from eight clients, each retrying with the same id as a regional system would; mid-way one
        // indicators replica and one scoring replica are stopped.
        var next = -1;
        async Task Client()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < submissions.Count)
            {
                var (id, body, value) = submissions[i];
                await Retrying(() => _feeds.SubmitAsync(token, id, FeedClient.Value(body, "avg_salary", Period, value)));
            }
        }

        var clients = Enumerable.Range(0, 8).Select(_ => Task.Run(Client)).ToList();
        await Eventually.GetAsync(() => Task.FromResult(Volatile.Read(ref next) >= 10 ? "" : null), Within, "the burst to be under way");
        try
        {
            foreach (var victim in victims)
            {
                await system.ExecuteCommandAsync($"{victim.Service}-{victim.Instance}", KnownResourceCommands.StopCommand);
            }

            await Task.WhenAll(clients);
            foreach (var (id, _, _) in submissions)
            {
                await _feeds.ScoringHeardOfAsync(id, Within);
            }

            foreach (var (id, body, value) in submissions)
            {
                var history = await _feeds.HistoryAsync(token, body, "avg_salary", Period);
                Assert.NotNull(history);
                Assert.Single(history.Revisions, r => r.SubmissionId == id && r.Value == value);
            }
        }
        finally
        {
            foreach (var victim in victims)
            {
                await system.ExecuteCommandAsync($"{victim.Service}-{victim.Instance}", KnownResourceCommands.StartCommand);
            }
        }
    }

    private static async Task<T> Retrying<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (RpcException e) when (attempt < 10 && e.StatusCode is StatusCode.Unavailable or StatusCode.Internal or StatusCode.Unknown or StatusCode.DeadlineExceeded)
            {
                await Task.Delay(500);
            }
        }
    }

    private async Task EnsureCycleAsync()
    {
        try
        {
            await _scoring.OpenAsync(CycleId, Period, "2022");
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.AlreadyExists)
        {
            // Opened by an earlier test of this fixture.
        }

        // Brings the cycle's runs up to date with every feed so far: later runs then come from this test's feeds only.
        await _scoring.ComputeAsync(CycleId);
    }

    private async Task WaitForRunsAsync(int runs) =>
        await Eventually.GetAsync(async () => (await _scoring.RunsAsync(CycleId)).Count >= runs ? "" : null, Within, $"run {runs} of {CycleId}");

    /// <summary>The national page of the cycle, read from one reporting replica directly (anonymous, or as the token's holder).</summary>
    private static async Task<string> PageAsync(ServiceReplica replica, string? bearer)
    {
        using var http = new HttpClient { BaseAddress = replica.Http, Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/cycles/{CycleId}?lang=en");
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static int RunOnPage(string html)
    {
        var marker = html.IndexOf("data-run=\"", StringComparison.Ordinal);
        Assert.True(marker >= 0, "the page shows no run");
        var start = marker + "data-run=\"".Length;
        return int.Parse(html[start..html.IndexOf('"', start)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
