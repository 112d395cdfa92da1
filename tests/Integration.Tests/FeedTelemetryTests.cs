using Assessment.Integration.Tests.Telemetry;
using Xunit.Abstractions;
using static Assessment.Integration.Tests.FeedClient;

namespace Assessment.Integration.Tests;

/// <summary>
/// What the ops team sees of one feed, read back from what the services export (OTLP to an in-process receiver,
/// and each service's Prometheus /metrics). Period 2018 is this file's: each test opens its own 2018 cycle.
/// </summary>
[Collection(SystemCollection.Name)]
public class FeedTelemetryTests(RunningSystem system, ITestOutputHelper output)
{
    private const string Period = "2018";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(90);

    private readonly FeedClient _feeds = new(system);
    private readonly ScoringClient _scoring = new(system);

    [Fact]
    public async Task One_trace_follows_a_feed_from_the_gateway_through_scoring_to_the_reporting_cache()
    {
        var cycleId = NewId("ops-trace");
        await _scoring.OpenAsync(cycleId, Period);
        var token = system.ReporterToken("KZ-11", "KZ-15");
        system.Traces.Watch(token);
        var id = NewId("ops-feed");
        var indicatorsBefore = await MetricsAsync("indicators");
        var scoringBefore = await MetricsAsync("scoring");
        var reportingBefore = await MetricsAsync("reporting");

        await _feeds.SubmitAsync(token, id,
            Value("KZ-11", "avg_salary", Period, 201000 + Random.Shared.Next(1000)), Value("KZ-15", "avg_salary", Period, 202000),
            Value("KZ-11", "life_expectancy", Period, 70.1), Value("KZ-15", "life_expectancy", Period, 70.4));

        var submission = await Eventually.GetAsync(() => Task.FromResult(system.Traces.Spans.FirstOrDefault(
            s => s.Name == "feeds.submission" && s.Attributes.GetValueOrDefault("assessment.submission_id") == id)), Within, "the indicators span of the feed");
        // The last hop: reporting drops and refills the cycle's pages in Redis, in the feed's trace.
        var trace = await Eventually.GetAsync(() =>
        {
            var spans = Trace(submission.TraceId);
            var exported = spans.Select(s => s.SpanId).ToHashSet();
            var complete = spans.Any(s => s.Service == "reporting" && s.Scope.Contains("StackExchangeRedis", StringComparison.Ordinal))
                && spans.Count(s => !exported.Contains(s.ParentSpanId)) == 1;
            return Task.FromResult(complete ? spans : null);
        }, Within, "reporting's Redis calls in the feed's trace, and every span between them and the gateway");
        output.WriteLine(string.Join("\n", trace.Select(s => $"{s.Service,-11} {s.Scope,-45} {s.Name}")));

        // gateway -> indicators (gRPC) -> PostgreSQL -> outbox relay -> RabbitMQ
        var ids = trace.Select(s => s.SpanId).ToHashSet();
        var root = Assert.Single(trace, s => !ids.Contains(s.ParentSpanId));
        Assert.Equal("gateway", root.Service);
        Assert.Equal("/assessment.indicators.v1.Feeds/Submit", root.Attributes.GetValueOrDefault("url.path"));
        Assert.Contains(trace, s => s.Service == "indicators" && s.Attributes.GetValueOrDefault("url.path") == "/assessment.indicators.v1.Feeds/Submit");
        Assert.Equal("KZ-11,KZ-15", submission.Attributes["assessment.body"]);
        Assert.Equal("4", submission.Attributes["assessment.observations"]);
        Assert.Equal("Accepted", submission.Attributes["assessment.outcome"]);
        Assert.Contains(trace, s => s.Service == "indicators" && s.Scope.StartsWith("Npgsql", StringComparison.Ordinal) && s.ParentSpanId == submission.SpanId);
        var relayed = Assert.Single(trace, s => s.Service == "indicators" && s.Name == "outbox.publish");
        Assert.Equal(id, relayed.Attributes["assessment.submission_id"]);
        Assert.Contains(trace, s => s.Service == "indicators" && s.Scope == "MassTransit" && s.ParentSpanId == relayed.SpanId);

        // -> scoring consumer -> the coalesced run (a child of this, the cycle's first feed) -> indicators query
        Assert.Contains(trace, s => s.Service == "scoring" && s.Scope == "MassTransit" && s.Attributes.GetValueOrDefault("assessment.submission_id") == id);
        var recompute = Assert.Single(trace, s => s.Name == "scoring.recompute" && s.Attributes.GetValueOrDefault("assessment.cycle") == cycleId);
        Assert.Equal("1", recompute.Attributes["assessment.feeds"]);
        var run = Assert.Single(trace, s => s.Name == "scoring.compute_run" && s.ParentSpanId == recompute.SpanId);
        Assert.Equal("1", run.Attributes["assessment.run"]);
        Assert.True(int.Parse(run.Attributes["assessment.observations"], System.Globalization.CultureInfo.InvariantCulture) >= 4);
        Assert.Contains(trace, s => s.Service == "scoring" && (s.Name.EndsWith("Observations/StreamObservations", StringComparison.Ordinal)
            || s.Attributes.GetValueOrDefault("rpc.method") == "StreamObservations"));
        Assert.Contains(trace, s => s.Service == "indicators" && s.Attributes.GetValueOrDefault("url.path") == "/assessment.indicators.v1.Observations/StreamObservations");

        // -> scoring database -> scoring's outbox -> RabbitMQ (ScoresComputed) -> reporting consumer -> Redis
        Assert.Contains(trace, s => s.Service == "scoring" && s.Scope.StartsWith("Npgsql", StringComparison.Ordinal) && s.ParentSpanId == run.SpanId);
        var announced = Assert.Single(trace, s => s.Service == "scoring" && s.Name == "outbox.publish" && s.Attributes.GetValueOrDefault("assessment.cycle") == cycleId);
        Assert.Equal("1", announced.Attributes["assessment.run"]);
        Assert.Contains(trace, s => s.Service == "reporting" && s.Scope == "MassTransit"
            && s.Attributes.GetValueOrDefault("assessment.cycle") == cycleId && s.Attributes.GetValueOrDefault("assessment.run") == "1");

        // One tree (the single root above): every other span's parent is in the trace, whatever service exported it.
        var probes = system.Traces.Spans.Where(IsHealthProbe).Select(s => $"{s.Service} {s.Scope} {s.Name}").Distinct().ToList();
        Assert.True(probes.Count == 0, "health probes traced: " + string.Join("; ", probes));

        // Logs: one line per event, each written in the feed's trace.
        await Eventually.GetAsync(() => Task.FromResult(system.Traces.Logs.FirstOrDefault(l => l.Service == "reporting"
            && l.TraceId == submission.TraceId && l.Message.Contains($"Run {cycleId}#1 recorded", StringComparison.Ordinal))), Within, "reporting's log line of the run");
        var logs = system.Traces.Logs.Where(l => l.TraceId == submission.TraceId).ToList();
        Assert.Contains(logs, l => l.Service == "indicators" && l.Message.StartsWith($"Feed {id} from test-reporter-KZ-11-KZ-15 accepted: 4 values for 2 bodies", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Service == "scoring" && l.Message.StartsWith($"Cycle {cycleId} run 1:", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Service == "reporting" && l.Message.Contains($"Pages of {cycleId}", StringComparison.Ordinal));
        Assert.All(logs, l => Assert.NotEqual(string.Empty, l.SpanId.Trim('0')));

        // Metrics for this feed moved, on each service's Prometheus endpoint.
        var readers = await _scoring.ScoresAsync(system.AdminToken(), cycleId);
        Assert.Equal(1, readers.Run.RunNumber);
        await system.Gateway.GetAsync($"/cycles/{cycleId}");
        var indicators = await MetricsAsync("indicators");
        var scoring = await MetricsAsync("scoring");
        var reporting = await MetricsAsync("reporting");
        Assert.Equal(2, Moved(indicatorsBefore, indicators, "assessment_observations_accepted_total", "body=\"KZ-11\""));
        Assert.Equal(2, Moved(indicatorsBefore, indicators, "assessment_observations_accepted_total", "body=\"KZ-15\""));
        Assert.True(Moved(indicatorsBefore, indicators, "assessment_submission_duration_milliseconds_count", "outcome=\"Accepted\"") >= 1);
        Assert.True(Moved(indicatorsBefore, indicators, "assessment_outbox_published_total") >= 1);
        Assert.True(Moved(indicatorsBefore, indicators, "rpc_server_call_duration_seconds_count", "rpc_method=\"StreamObservations\"") >= 1);
        Assert.True(Moved(scoringBefore, scoring, "assessment_consumer_lag_seconds_count", "message_type=\"ObservationsAccepted\"") >= 1);
        Assert.Equal(1, PrometheusText.Sum(scoring, "assessment_score_run_duration_milliseconds_count", $"cycle=\"{cycleId}\""));
        Assert.True(Moved(scoringBefore, scoring, "assessment_outbox_published_total") >= 1);
        Assert.True(Moved(reportingBefore, reporting, "assessment_consumer_lag_seconds_count", "message_type=\"ScoresComputed\"") >= 1);
        Assert.True(Moved(reportingBefore, reporting, "reporting_page_render_duration_milliseconds_count", "page=\"national\"") >= 1);
        Assert.True(Moved(reportingBefore, reporting, "reporting_page_cache_lookups_total") >= 1);

        // The reporter's token went through every hop; it is in no exported span, log record or metric.
        Assert.DoesNotContain(system.Traces.Sightings, s => s.EndsWith(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feeds_coalesced_into_one_run_each_lead_to_it_by_parent_or_span_link()
    {
        var cycleId = NewId("ops-links");
        await _scoring.OpenAsync(cycleId, Period);
        var bodies = new[] { "KZ-11", "KZ-15", "KZ-19", "KZ-23" };
        var token = system.ReporterToken(bodies);
        var feeds = bodies.Select(body => (Id: NewId("ops-burst"), Body: body)).ToList();

        await Task.WhenAll(feeds.Select(feed => _feeds.SubmitAsync(token, feed.Id, Value(feed.Body, "avg_salary", Period, 230000 + Random.Shared.Next(5000)))));

        // Each feed marks the cycle once, and each mark ends up in exactly one recomputation.
        var recomputes = await Eventually.GetAsync(() =>
        {
            var spans = system.Traces.Spans.Where(s => s.Name == "scoring.recompute" && s.Attributes.GetValueOrDefault("assessment.cycle") == cycleId).ToList();
            return Task.FromResult(spans.Sum(s => int.Parse(s.Attributes["assessment.feeds"], System.Globalization.CultureInfo.InvariantCulture)) >= feeds.Count ? spans : null);
        }, Within, "recomputations of the cycle standing for all four feeds");
        output.WriteLine($"{feeds.Count} feeds -> {recomputes.Count} recomputations, links: {string.Join(", ", recomputes.Select(r => r.Links.Count))}");

        Assert.Equal(feeds.Count, recomputes.Sum(r => int.Parse(r.Attributes["assessment.feeds"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(recomputes, r => Assert.Equal(int.Parse(r.Attributes["assessment.feeds"], System.Globalization.CultureInfo.InvariantCulture), 1 + r.Links.Count));
        foreach (var feed in feeds)
        {
            var consumed = await Eventually.GetAsync(() => Task.FromResult(system.Traces.Spans.FirstOrDefault(s => s.Service == "scoring"
                && s.Scope == "MassTransit" && s.Attributes.GetValueOrDefault("assessment.submission_id") == feed.Id)), Within, $"scoring's consumer span of {feed.Id}");
            var scoringSpansOfFeed = Trace(consumed.TraceId).Where(s => s.Service == "scoring").Select(s => s.SpanId).ToHashSet();
            Assert.Contains(recomputes, r => r.TraceId == consumed.TraceId && scoringSpansOfFeed.Contains(r.ParentSpanId)
                || r.Links.Any(l => l.TraceId == consumed.TraceId && scoringSpansOfFeed.Contains(l.SpanId)));
        }
    }

    [Fact]
    public async Task Every_service_exports_runtime_http_grpc_database_and_broker_meters()
    {
        foreach (var service in new[] { "indicators", "scoring", "reporting" })
        {
            var metrics = await MetricsAsync(service);
            Assert.True(PrometheusText.HasMetricStartingWith(metrics, "dotnet_") || PrometheusText.HasMetricStartingWith(metrics, "process_runtime_dotnet_"), $"{service}: runtime");
            Assert.True(PrometheusText.HasMetricStartingWith(metrics, "http_server_request_duration_seconds"), $"{service}: HTTP server");
            Assert.True(PrometheusText.HasMetricStartingWith(metrics, "db_client_"), $"{service}: Npgsql");
            Assert.True(PrometheusText.HasMetricStartingWith(metrics, "messaging_masstransit_"), $"{service}: MassTransit");
        }

        Assert.True(PrometheusText.HasMetricStartingWith(await MetricsAsync("indicators"), "rpc_server_call_duration_seconds"), "indicators: gRPC server");
        Assert.True(PrometheusText.HasMetricStartingWith(await MetricsAsync("reporting"), "http_client_request_duration_seconds"), "reporting: HTTP client (gRPC calls to scoring)");
    }

    private List<ReceivedSpan> Trace(string traceId) => system.Traces.Spans.Where(s => s.TraceId == traceId).ToList();

    private Task<string> MetricsAsync(string service) => system.ServiceHttp(service).GetStringAsync("/metrics");

    private static double Moved(string before, string after, string metric, params string[] labels) =>
        PrometheusText.Sum(after, metric, labels) - PrometheusText.Sum(before, metric, labels);

    private static bool IsHealthProbe(ReceivedSpan span) =>
        span.Attributes.GetValueOrDefault("url.path") is "/health" or "/alive" or "/metrics"
        || span.Name.Contains("grpc.health.v1", StringComparison.OrdinalIgnoreCase);

    private static string NewId(string what) => $"{what}-{Guid.NewGuid():N}"[..(what.Length + 9)];
}
