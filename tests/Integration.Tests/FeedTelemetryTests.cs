using System.Globalization;
using Assessment.Integration.Tests.Telemetry;
using static Assessment.Integration.Tests.FeedClient;

namespace Assessment.Integration.Tests;

[Collection(SystemCollection.Name)]
public class FeedTelemetryTests(RunningSystem system)
{
    [Fact]
    public async Task One_trace_follows_a_feed_from_the_gateway_through_the_outbox_and_broker_to_scoring()
    {
        var feeds = new FeedClient(system);
        var id = $"traced-{Guid.NewGuid():N}";
        await feeds.SubmitAsync(system.ReporterToken("KZ-63"), id, Value("KZ-63", "avg_salary", "2023", 283000));
        await feeds.ScoringHeardOfAsync(id, TimeSpan.FromSeconds(60));

        var submission = await Eventually.GetAsync(
            () => Task.FromResult(system.Traces.Spans.FirstOrDefault(s => s.Attributes.GetValueOrDefault("assessment.submission_id") == id)),
            TimeSpan.FromSeconds(30), "the indicators span of the submission");
        var trace = await Eventually.GetAsync(() =>
        {
            var spans = system.Traces.Spans.Where(s => s.TraceId == submission.TraceId).ToList();
            return Task.FromResult(spans.Any(s => s.Service == "scoring" && s.Scope == "MassTransit") ? spans : null);
        }, TimeSpan.FromSeconds(30), "the scoring consumer's span in the feed's trace");

        Assert.Equal("indicators", submission.Service);
        Assert.Equal("KZ-63", submission.Attributes["assessment.body_codes"]);
        Assert.Contains(trace, s => s.Service == "gateway" && s.Attributes.GetValueOrDefault("url.path") == "/assessment.indicators.v1.Feeds/Submit");
        Assert.Contains(trace, s => s.Service == "indicators" && s.Attributes.GetValueOrDefault("url.path") == "/assessment.indicators.v1.Feeds/Submit");
        Assert.Contains(trace, s => s.Service == "indicators" && s.Scope.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Service == "indicators" && s.Name == "outbox.publish");
        Assert.Contains(trace, s => s.Service == "indicators" && s.Scope == "MassTransit");
        Assert.DoesNotContain(system.Traces.Spans, s => s.Name.Contains("/health", StringComparison.Ordinal) || s.Name.Contains("/alive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accepted_observations_are_counted_per_body_on_the_prometheus_endpoint()
    {
        var indicators = system.ServiceHttp("indicators");
        var before = AcceptedFor("KZ-61", await indicators.GetStringAsync("/metrics"));

        await new FeedClient(system).SubmitAsync(system.ReporterToken("KZ-61"), $"metered-{Guid.NewGuid():N}",
            Value("KZ-61", "avg_salary", "2023", 210000), Value("KZ-61", "unemployment-rate", "2023", 4.9));

        var after = await Eventually.GetAsync(async () =>
        {
            var value = AcceptedFor("KZ-61", await indicators.GetStringAsync("/metrics"));
            return value >= before + 2 ? (object)value : null;
        }, TimeSpan.FromSeconds(30), "the accepted-observations counter of KZ-61 to move");
        Assert.Equal(before + 2, (double)after);
    }

    private static double AcceptedFor(string body, string exposition) => exposition
        .Split('\n')
        .Where(line => line.StartsWith("assessment_observations_accepted", StringComparison.Ordinal) && line.Contains($"body=\"{body}\"", StringComparison.Ordinal))
        .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}
