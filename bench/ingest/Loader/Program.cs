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
var plan = SubmissionPlan.Create(keys, options.TotalValues, options.ValuesPerSubmission, runId);
var warmUp = SubmissionPlan.Create(keys, options.ValuesPerSubmission * options.Clients * 2, options.ValuesPerSubmission, runId + "-warm");
var runner = new IngestRunner(options.GatewayGrpc, Call, options.Clients);

// The yardstick first, while the system is idle: after the ingest the outbox relay and scoring still have events to work through.
var dataFolder = options.PostgresDataFolder;
Console.WriteLine($"copy: the same {options.TotalValues:N0} rows with binary COPY into a fresh observations-shaped table (database {CopyRunner.Database}), " +
                  $"as one COPY and as one COPY per {options.ValuesPerSubmission}-row transaction, best of {options.CopyRepetitions}");
var copy = await CopyRunner.RunAsync(
    PostgresEndpoint.ConnectionString(dataFolder, "postgres"), PostgresEndpoint.ConnectionString(dataFolder, CopyRunner.Database), plan, sender,
    options.CopyRepetitions);

Console.WriteLine($"warm-up: {warmUp.Count} dry-run submissions (validated, nothing stored)");
await runner.RunAsync(warmUp, dryRun: true);

Console.WriteLine($"ingest: {plan.Count} submissions of {options.ValuesPerSubmission} values, {options.TotalValues:N0} values, {options.Clients} concurrent clients, gRPC SubmitStream through the gateway");
var ingest = await runner.RunAsync(plan, dryRun: false);
if (ingest.Accepted != options.TotalValues)
{
    Console.Error.WriteLine($"error: {ingest.Accepted} values accepted, expected {options.TotalValues}");
    return 1;
}

var ingestRate = ingest.Accepted / ingest.Elapsed.TotalSeconds;
var copyRate = options.TotalValues / copy.Best.TotalSeconds;
string F(double v, string format = "F0") => v.ToString(format, CultureInfo.InvariantCulture);
Console.WriteLine($"ingest_seconds: {F(ingest.Elapsed.TotalSeconds, "F2")}");
Console.WriteLine($"ingest_new_revisions: {ingest.NewRevisions}");
Console.WriteLine($"ingest_outlier_warnings: {ingest.Warnings}");
Console.WriteLine($"ingest_retried_pushes: {ingest.Retries}");
Console.WriteLine($"receipt_p50_ms_1000_values: {F(Percentiles.Of(ingest.LatenciesMs, 50), "F1")}");
Console.WriteLine($"receipt_p90_ms_1000_values: {F(Percentiles.Of(ingest.LatenciesMs, 90), "F1")}");
Console.WriteLine($"receipt_max_ms_1000_values: {F(Percentiles.Of(ingest.LatenciesMs, 100), "F1")}");
Console.WriteLine($"copy_seconds_each: {string.Join(" ", copy.Single.Select(t => F(t.TotalSeconds, "F2")))}");
Console.WriteLine($"copy_batched_seconds_each: {string.Join(" ", copy.Batched.Select(t => F(t.TotalSeconds, "F2")))}");
Console.WriteLine($"copy_batched_obs_per_s: {F(options.TotalValues / copy.BestBatched.TotalSeconds)}");
Console.WriteLine($"ingest_obs_per_s: {F(ingestRate)}");
Console.WriteLine($"copy_obs_per_s: {F(copyRate)}");
Console.WriteLine($"ingest_vs_copy: {F(ingestRate / copyRate, "F3")}");
Console.WriteLine($"receipt_p99_ms_1000_values: {F(Percentiles.Of(ingest.LatenciesMs, 99), "F1")}");
return 0;
