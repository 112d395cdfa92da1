using Assessment.Contracts.Indicators;
using Google.Rpc;
using Grpc.Core;

namespace Assessment.Cli.Feeds;

/// <summary>
/// Streams a submission to Feeds.SubmitStream: the header, then the values in batches. The system decides only when
/// the stream is complete, so a push cut short stores nothing. A rejection comes back as a gRPC error carrying the
/// receipt (google.rpc.Status details); it is returned as that receipt.
/// </summary>
internal sealed class FeedPusher(Contracts.Indicators.Feeds.FeedsClient feeds, int batchSize)
{
    public async Task<SubmissionReceipt> PushAsync(string submissionId, bool dryRun, IReadOnlyList<ObservationValue> values,
        CallOptions call, Action<int> sent)
    {
        try
        {
            using var stream = feeds.SubmitStream(call);
            var writing = WriteAsync(stream, submissionId, dryRun, values, call, sent);
            try
            {
                // An answer that comes while values are still being written ends the call: a pending write may then
                // never complete, so it is left (the call's disposal ends it) and the answer read.
                if (await Task.WhenAny(writing, stream.ResponseAsync) != writing)
                {
                    _ = writing.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                }
                else
                {
                    await writing;
                }
            }
            catch (Exception e) when ((e is RpcException or InvalidOperationException) && !call.CancellationToken.IsCancellationRequested)
            {
                // The system may answer before it has read the whole stream (e.g. it refuses the token): a write then
                // fails with Cancelled or "call is complete", and the system's real answer is the call's response.
            }

            return await stream.ResponseAsync;
        }
        catch (RpcException e) when (e.GetRpcStatus()?.GetDetail<SubmissionReceipt>() is { } receipt)
        {
            return receipt;
        }
    }

    private async Task WriteAsync(AsyncClientStreamingCall<SubmitStreamMessage, SubmissionReceipt> stream, string submissionId, bool dryRun,
        IReadOnlyList<ObservationValue> values, CallOptions call, Action<int> sent)
    {
        await stream.RequestStream.WriteAsync(new SubmitStreamMessage { Header = new SubmissionHeader { SubmissionId = submissionId, DryRun = dryRun } },
            call.CancellationToken);
        for (var start = 0; start < values.Count; start += batchSize)
        {
            var batch = new ObservationBatch();
            for (var i = start; i < Math.Min(start + batchSize, values.Count); i++)
            {
                batch.Observations.Add(values[i]);
            }

            await stream.RequestStream.WriteAsync(new SubmitStreamMessage { Batch = batch }, call.CancellationToken);
            sent(start + batch.Observations.Count);
        }

        await stream.RequestStream.CompleteAsync();
    }
}
