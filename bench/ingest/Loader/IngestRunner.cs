using System.Collections.Concurrent;
using System.Diagnostics;
using Assessment.Contracts.Indicators;
using Grpc.Core;
using Grpc.Net.Client;

namespace Assessment.Bench.Ingest;

/// <summary>
/// One client per queue, each with its own HTTP/2 connection to the gateway, pushes its queue's submissions one after
/// the other over Feeds.SubmitStream (header, then the values in one batch); the latency of a push is from opening the
/// stream to holding the receipt. A push that fails for a transient reason is resent with the same id (applied once).
/// </summary>
internal sealed class IngestRunner(Uri gateway, Func<CallOptions> call)
{
    private const int MaxAttempts = 5;

    public async Task<IngestResult> RunAsync(IReadOnlyList<IReadOnlyList<PlannedSubmission>> queues, bool dryRun)
    {
        var latencies = new ConcurrentBag<double>();
        long accepted = 0, revisions = 0, warnings = 0;
        var retries = 0;
        var lastReport = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();

        async Task Client(IReadOnlyList<PlannedSubmission> queue)
        {
            using var channel = GrpcChannel.ForAddress(gateway, new GrpcChannelOptions { MaxSendMessageSize = 64 * 1024 * 1024 });
            var feeds = new Feeds.FeedsClient(channel);
            foreach (var submission in queue)
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        var started = Stopwatch.GetTimestamp();
                        var receipt = await PushAsync(feeds, submission, dryRun);
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        Interlocked.Add(ref accepted, receipt.Accepted);
                        Interlocked.Add(ref revisions, receipt.NewRevisions);
                        Interlocked.Add(ref warnings, receipt.Warnings.Count);
                        break;
                    }
                    catch (RpcException e) when (attempt < MaxAttempts && e.StatusCode is not StatusCode.InvalidArgument and not StatusCode.PermissionDenied
                                                     and not StatusCode.Unauthenticated and not StatusCode.AlreadyExists)
                    {
                        Interlocked.Increment(ref retries);
                        Console.WriteLine($"retry {submission.SubmissionId} after {e.StatusCode}: {e.Status.Detail}");
                    }
                }

                if (!dryRun && lastReport.Elapsed > TimeSpan.FromSeconds(5))
                {
                    lastReport.Restart();
                    Console.WriteLine($"  pushed {Interlocked.Read(ref accepted):N0} values in {clock.Elapsed.TotalSeconds:F1} s");
                }
            }
        }

        await Task.WhenAll(queues.Select(queue => Task.Run(() => Client(queue))));
        return new IngestResult(accepted, revisions, warnings, clock.Elapsed, latencies.ToList(), retries);
    }

    private async Task<SubmissionReceipt> PushAsync(Feeds.FeedsClient feeds, PlannedSubmission submission, bool dryRun)
    {
        using var stream = feeds.SubmitStream(call());
        await stream.RequestStream.WriteAsync(new SubmitStreamMessage { Header = new SubmissionHeader { SubmissionId = submission.SubmissionId, DryRun = dryRun } });
        var batch = new ObservationBatch();
        batch.Observations.AddRange(submission.Values.Select(v => new ObservationValue
        {
            BodyCode = v.Key.BodyCode,
            IndicatorCode = v.Key.IndicatorCode,
            Period = v.Key.Period,
            Value = v.Value,
        }));
        await stream.RequestStream.WriteAsync(new SubmitStreamMessage { Batch = batch });
        await stream.RequestStream.CompleteAsync();
        return await stream.ResponseAsync;
    }
}
