using System.Globalization;
using Assessment.Bench.Ingest;
using Assessment.Bench.Rollout;
using Assessment.Contracts.Indicators;
using Assessment.Contracts.Scoring;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Grpc.Net.Client;

// bench/rollout: 250 bodies push their quarter-end feeds at once through the gateway while citizens read the public
// national page; prints push latency, freshness (receipt -> the national page shows the feed), and each service's
// peak memory and CPU.
var options = RolloutOptions.Parse(args);
var key = Environment.GetEnvironmentVariable(options.SigningKeyVariable)
    ?? throw new InvalidOperationException($"environment variable {options.SigningKeyVariable} (the system's signing key) is not set");
var issuer = new TokenIssuer(new AuthOptions { SigningKey = key }, TimeProvider.System);
var adminToken = issuer.Issue("bench-rollout-centre", [Roles.MethodologyAdmin], [], TimeSpan.FromHours(2));
CallOptions Admin() => new(new Metadata { { "Authorization", $"Bearer {adminToken}" } }, DateTime.UtcNow.AddSeconds(300));
var reporterTokens = new Dictionary<string, string>(StringComparer.Ordinal);
CallOptions Reporter(string body) => new(new Metadata { { "Authorization", $"Bearer {reporterTokens[body]}" } }, DateTime.UtcNow.AddSeconds(300));

using var channel = GrpcChannel.ForAddress(options.GatewayGrpc);
var scores = new Scores.ScoresClient(channel);
var cycles = new Cycles.CyclesClient(channel);

// Set-up through the admin API: the quarterly indicators, the districts, the cycles.
await QuarterlyIndicatorSeed.EnsureAsync(new Catalogue.CatalogueClient(channel), Admin, options.Indicators);
var bodies = await DistrictBodies.EnsureAsync(new Catalogue.CatalogueClient(channel), Admin, options.Bodies);
foreach (var body in bodies)
{
    reporterTokens[body.Code] = issuer.Issue($"bench-rollout-{body.Code}", [Roles.Reporter], [body.Code], TimeSpan.FromHours(2));
}

await QuarterlyCycle.OpenAsync(new Methodologies.MethodologiesClient(channel), cycles, Admin, options.Year);
await PublishedCycle.EnsureAsync(cycles, scores, Admin);

var processes = ServiceProcesses.Find(key);
Console.WriteLine($"service processes: {string.Join(", ", processes.GroupBy(p => p.Service).Select(g => $"{g.Key} x{g.Count()}"))}");
using var stop = new CancellationTokenSource();
var sampler = Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        foreach (var p in processes)
        {
            p.Sample();
        }

        await Task.Delay(250, CancellationToken.None);
    }
});
var readers = new PageReaders(options.GatewayHttp, $"/cycles/{PublishedCycle.CycleId}?lang=en", options.Readers);
var reading = readers.RunAsync(stop.Token);
var watcher = new FreshnessWatcher(options.GatewayHttp, scores, QuarterlyCycle.CycleId(options.Year), Admin, adminToken);
var watching = watcher.RunAsync(stop.Token);

Console.WriteLine($"rollout: {bodies.Count} bodies push {options.ValuesPerBody} values each at once; {options.Readers} readers on /cycles/{PublishedCycle.CycleId}");
var wall = System.Diagnostics.Stopwatch.StartNew();
var rolloutStart = DateTimeOffset.UtcNow;
var push = new FeedPush(options.GatewayGrpc, Reporter, options.Year, options.Indicators, options.Quarters);
var pushes = await push.RunAsync(bodies.Select(b => b.Code).ToList(), DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture));
Console.WriteLine($"all {pushes.Count} pushes answered after {wall.Elapsed.TotalSeconds:F1} s; waiting for the national page to show every feed");

var deadline = DateTime.UtcNow.AddMinutes(3);
while (pushes.Any(p => !watcher.FirstShown.ContainsKey(p.SubmissionId)) && DateTime.UtcNow < deadline)
{
    await Task.Delay(200);
}

wall.Stop();
await stop.CancelAsync();
await Task.WhenAll(reading, watching, sampler);

var freshness = pushes.Where(p => watcher.FirstShown.ContainsKey(p.SubmissionId))
    .Select(p => Math.Max(0, (watcher.FirstShown[p.SubmissionId] - p.ReceiptAt).TotalMilliseconds)).ToList();
var unseen = pushes.Count - freshness.Count;
string F(double v) => v.ToString("F0", CultureInfo.InvariantCulture);
foreach (var service in processes.GroupBy(p => p.Service))
{
    Console.WriteLine($"service {service.Key}: {service.Count()} replica(s), peak RSS {string.Join(" / ", service.Select(p => F(p.PeakRssMb)))} MB, " +
                      $"CPU {string.Join(" / ", service.Select(p => p.CpuSeconds().ToString("F1", CultureInfo.InvariantCulture)))} s");
}

Console.WriteLine($"runs shown on the national page during the rollout: {watcher.RunsSeen}");
await FreshnessBreakdown.PrintAsync(new FeedActivity.FeedActivityClient(channel), scores, Admin, QuarterlyCycle.CycleId(options.Year), pushes, rolloutStart);
Console.WriteLine($"page reads: {readers.LatenciesMs.Count} ({F(readers.LatenciesMs.Count / wall.Elapsed.TotalSeconds)}/s), p50 {F(Percentiles.Of(readers.LatenciesMs, 50))} ms, " +
                  $"p99 {F(Percentiles.Of(readers.LatenciesMs, 99))} ms, errors {readers.Errors}");
Console.WriteLine($"push retries: {pushes.Sum(p => p.Retries)}; feeds never shown within 3 minutes: {unseen}");
Console.WriteLine($"bodies: {pushes.Count}");
Console.WriteLine($"values: {pushes.Sum(p => p.Accepted)}");
Console.WriteLine($"wall_s: {wall.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)}");
Console.WriteLine($"push_p99_ms: {F(Percentiles.Of(pushes.Select(p => p.LatencyMs).ToList(), 99))}");
Console.WriteLine($"freshness_p50_ms: {F(Percentiles.Of(freshness, 50))}");
Console.WriteLine($"freshness_p95_ms: {F(Percentiles.Of(freshness, 95))}");
Console.WriteLine($"rss_mb_max_service: {F(processes.Count == 0 ? double.NaN : processes.Max(p => p.PeakRssMb))}");
return unseen == 0 && pushes.Sum(p => p.Accepted) == options.ValuesPerBody * pushes.Count ? 0 : 1;
