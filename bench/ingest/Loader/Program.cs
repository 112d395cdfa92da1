using System.Globalization;
using Assessment.Bench.Ingest;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Grpc.Net.Client;

// bench/ingest: pushes observations through the gateway with N clients, then COPYs the same rows; prints the summary lines.
var options = LoaderOptions.Parse(args);
var key = Environment.GetEnvironmentVariable(options.SigningKeyVariable)
    ?? throw new InvalidOperationException($"environment variable {options.SigningKeyVariable} (the system's signing key) is not set");
const string sender = "bench-ingest";
var token = new TokenIssuer(new AuthOptions { SigningKey = key }, TimeProvider.System).Issue(sender, [Roles.MethodologyAdmin], [], TimeSpan.FromHours(2));
CallOptions Call() => new(new Metadata { { "Authorization", $"Bearer {token}" } }, DateTime.UtcNow.AddSeconds(120));

IReadOnlyList<ObservationKey> keys;
using (var channel = GrpcChannel.ForAddress(options.GatewayGrpc))
{
    keys = await KeySpace.LoadAsync(channel, Call);
}

var runId = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
var queues = SubmissionPlan.Create(keys, options.TotalValues, options.ValuesPerSubmission, options.Clients, runId);
var plan = queues.SelectMany(q => q).ToList();
var warmUp = SubmissionPlan.Create(keys, options.ValuesPerSubmission * options.Clients * 2, options.ValuesPerSubmission, options.Clients, runId + "-warm");
var runner = new IngestRunner(options.GatewayGrpc, Call);

// The yardstick first, while the system is idle: after the ingest the outbox relay and scoring still have events to work through.
var dataFolder = options.PostgresDataFolder;
Console.WriteLine($"copy: the same {options.TotalValues:N0} rows with binary COPY into a fresh observations-shaped table (database {CopyRunner.Database}), " +
                  $"as one COPY and as one COPY per {options.ValuesPerSubmission}-row transaction, best of {options.CopyRepetitions}");
var copy = await CopyRunner.RunAsync(
    PostgresEndpoint.ConnectionString(dataFolder, "postgres"), PostgresEndpoint.ConnectionString(dataFolder, CopyRunner.Database), plan, sender,
    options.CopyRepetitions);

Console.WriteLine($"warm-up: {warmUp.Sum(q => q.Count)} dry-run submissions (validated, nothing stored)");
await runner.RunAsync(warmUp, dryRun: true);

Console.WriteLine($"ingest: {plan.Count} submissions of {options.ValuesPerSubmission} values, {options.TotalValues:N0} values, {options.Clients} concurrent clients " +
                  "(each a regional system writing its own bodies' keys), gRPC SubmitStream through the gateway");
var ingest = await runner.RunAsync(queues, dryRun: false);
if (ingest.Accepted != options.TotalValues)
{
    Console.Error.WriteLine($"error: {ingest.Accepted} values accepted, expected {options.TotalValues}");
    return 1;
}

// Latency of one push on its own: one client, pushes one after the other, nothing else sending. Under the throughput
// phase's load a push waits behind the others' (Little's law: latency = clients / throughput), which says nothing about it.
Console.WriteLine($"latency: {options.LatencyPushes} pushes of {options.ValuesPerSubmission} values, one client, one after the other");
var latencyPlan = SubmissionPlan.Create(keys, options.LatencyPushes * options.ValuesPerSubmission * options.Clients, options.ValuesPerSubmission,
    options.Clients, runId + "-latency")[0].Take(options.LatencyPushes).ToList();
var single = await runner.RunAsync([latencyPlan], dryRun: false);

var ingestRate = ingest.Accepted / ingest.Elapsed.TotalSeconds;
var copyRate = options.TotalValues / copy.Best.TotalSeconds;
string F(double v, string format = "F0") => v.ToString(format, CultureInfo.InvariantCulture);
Console.WriteLine($"ingest_seconds: {F(ingest.Elapsed.TotalSeconds, "F2")}");
Console.WriteLine($"ingest_new_revisions: {ingest.NewRevisions}");
Console.WriteLine($"ingest_outlier_warnings: {ingest.Warnings}");
Console.WriteLine($"ingest_retried_pushes: {ingest.Retries}");
Console.WriteLine($"receipt_p50_ms_1000_values_under_load: {F(Percentiles.Of(ingest.LatenciesMs, 50), "F1")}");
Console.WriteLine($"receipt_p99_ms_1000_values_under_load: {F(Percentiles.Of(ingest.LatenciesMs, 99), "F1")}");
Console.WriteLine($"receipt_p50_ms_1000_values: {F(Percentiles.Of(single.LatenciesMs, 50), "F1")}");
Console.WriteLine($"receipt_max_ms_1000_values: {F(Percentiles.Of(single.LatenciesMs, 100), "F1")}");
Console.WriteLine($"copy_seconds_each: {string.Join(" ", copy.Single.Select(t => F(t.TotalSeconds, "F2")))}");
Console.WriteLine($"copy_batched_seconds_each: {string.Join(" ", copy.Batched.Select(t => F(t.TotalSeconds, "F2")))}");
Console.WriteLine($"copy_batched_obs_per_s: {F(options.TotalValues / copy.BestBatched.TotalSeconds)}");
Console.WriteLine($"ingest_obs_per_s: {F(ingestRate)}");
Console.WriteLine($"copy_obs_per_s: {F(copyRate)}");
Console.WriteLine($"ingest_vs_copy: {F(ingestRate / copyRate, "F3")}");
Console.WriteLine($"receipt_p99_ms_1000_values: {F(Percentiles.Of(single.LatenciesMs, 99), "F1")}");
return 0;
