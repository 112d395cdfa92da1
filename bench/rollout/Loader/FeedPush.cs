using System.Collections.Concurrent;
using System.Diagnostics;
using Assessment.Contracts.Indicators;
using Grpc.Core;
using Grpc.Net.Client;

namespace Assessment.Bench.Rollout;

/// <summary>One body's quarter-end push as it completed: when its receipt came back and how long the push took.</summary>
internal sealed record PushResult(string BodyCode, string SubmissionId, int Accepted, DateTimeOffset ReceiptAt, double LatencyMs, int Retries);

/// <summary>
/// Every body pushes its feed at the same moment, each as its own regional system: its own reporter token (only its
/// body), its own HTTP/2 connection to the gateway, Feeds.SubmitStream. A push failing for a transient reason is
/// resent with the same submission id, which the system applies once.
/// </summary>
internal sealed class FeedPush(Uri gateway, Func<string, CallOptions> reporterCall, string year, int indicators, int quarters)
{
    private const int MaxAttempts = 5;

    public async Task<IReadOnlyList<PushResult>> RunAsync(IReadOnlyList<string> bodyCodes, string runId)
    {
        var results = new ConcurrentBag<PushResult>();
        using var start = new SemaphoreSlim(0);
        var pushes = bodyCodes.Select((code, n) => Task.Run(async () =>
        {
            using var channel = GrpcChannel.ForAddress(gateway, new GrpcChannelOptions { MaxSendMessageSize = 16 * 1024 * 1024 });
            var feeds = new Feeds.FeedsClient(channel);
            var batch = Values(code, n);
            await start.WaitAsync();
            results.Add(await PushAsync(feeds, code, $"rollout-{runId}-{code}", batch));
        })).ToList();

        start.Release(bodyCodes.Count); // quarter end: every body at once
        await Task.WhenAll(pushes);
        return results.ToList();
    }

    private ObservationBatch Values(string code, int seed)
    {
        var random = new Random(seed);
        var batch = new ObservationBatch();
        for (var q = 4 - quarters + 1; q <= 4; q++)
        {
            for (var i = 1; i <= indicators; i++)
            {
                batch.Observations.Add(new ObservationValue
                {
                    BodyCode = code,
                    IndicatorCode = QuarterlyIndicatorSeed.Code(i),
                    Period = $"{year}Q{q}",
                    Value = Math.Round(100 + random.NextDouble() * 800, 2),
                });
            }
        }

        return batch;
    }

    private async Task<PushResult> PushAsync(Feeds.FeedsClient feeds, string code, string submissionId, ObservationBatch batch)
    {
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var stream = feeds.SubmitStream(reporterCall(code));
                await stream.RequestStream.WriteAsync(new SubmitStreamMessage { Header = new SubmissionHeader { SubmissionId = submissionId } });
                await stream.RequestStream.WriteAsync(new SubmitStreamMessage { Batch = batch });
                await stream.RequestStream.CompleteAsync();
                var receipt = await stream.ResponseAsync;
                return new PushResult(code, submissionId, receipt.Accepted, DateTimeOffset.UtcNow, Stopwatch.GetElapsedTime(started).TotalMilliseconds, attempt - 1);
            }
            catch (RpcException e) when (attempt < MaxAttempts && e.StatusCode is StatusCode.Unavailable or StatusCode.Internal or StatusCode.Unknown
                                             or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted)
            {
                Console.WriteLine($"retry {submissionId} after {e.StatusCode}: {e.Status.Detail}");
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
