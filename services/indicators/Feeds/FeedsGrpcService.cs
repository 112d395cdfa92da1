using System.Globalization;
using Assessment.Contracts.Indicators;
using Assessment.ServiceDefaults.Security;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Assessment.Indicators.Feeds;

/// <summary>Feeds over gRPC (and JSON through transcoding): one message, or a stream of batches after a header.</summary>
[Authorize]
public sealed class FeedsGrpcService(SubmissionProcessor processor, StreamAdmission admission, IOptions<FeedLimits> limits) : Contracts.Indicators.Feeds.FeedsBase
{
    public override async Task<SubmissionReceipt> Submit(SubmitRequest request, ServerCallContext context)
    {
        var rows = new List<FeedRow>(request.Observations.Count);
        for (var i = 0; i < request.Observations.Count; i++)
        {
            rows.Add(ToRow(i + 1, request.Observations[i]));
        }

        // A JSON feed's unknown or repeated properties, found before transcoding dropped or merged them.
        var readIssues = JsonSubmissionCheck.IssuesOf(context.GetHttpContext());
        return Answer(await processor.ProcessAsync(request.SubmissionId, request.DryRun, rows, readIssues, Caller(context), context.CancellationToken));
    }

    public override async Task<SubmissionReceipt> SubmitStream(IAsyncStreamReader<SubmitStreamMessage> requestStream, ServerCallContext context)
    {
        // Nothing of the stream is read before its turn: a burst of streams waits at the senders, not in memory.
        using var turn = await admission.EnterAsync(context.CancellationToken);
        var received = 0;
        if (!await NextAsync(requestStream, ++received, context.CancellationToken) || requestStream.Current.ItemCase != SubmitStreamMessage.ItemOneofCase.Header)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                "A submission stream starts with a header message (submission_id, dry_run), then sends batches of observations."));
        }

        var header = requestStream.Current.Header;
        var max = limits.Value.MaxValuesPerSubmission;
        var rows = new List<FeedRow>();
        var position = 0;
        while (await NextAsync(requestStream, ++received, context.CancellationToken))
        {
            var message = requestStream.Current;
            if (message.ItemCase != SubmitStreamMessage.ItemOneofCase.Batch)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument,
                    $"Only one header is allowed; message after value {position} is another header."));
            }

            if (position + message.Batch.Observations.Count > max)
            {
                // Over the limit: nothing will be stored. The rest of the stream is read and dropped rather than
                // answered at once, because a sender still writing when the answer comes can be left blocked on its
                // write (seen with .NET's gRPC client); only a stream far over the limit is cut short.
                rows.Clear();
                position += message.Batch.Observations.Count;
                if (position > max * OverLimitReadFactor)
                {
                    throw ReceiptStatusMapping.ToRpcException(TooMany(header.SubmissionId, max, "more than " + position.ToString(CultureInfo.InvariantCulture)));
                }

                continue;
            }

            foreach (var observation in message.Batch.Observations)
            {
                rows.Add(ToRow(++position, observation));
            }
        }

        if (position > max)
        {
            throw ReceiptStatusMapping.ToRpcException(TooMany(header.SubmissionId, max, position.ToString(CultureInfo.InvariantCulture)));
        }

        return Answer(await processor.ProcessAsync(header.SubmissionId, header.DryRun, rows, [], Caller(context), context.CancellationToken));
    }

    // Each message is parsed as it is read: one that is not a SubmitStreamMessage is the caller's error, named by its place.
    private static async Task<bool> NextAsync(IAsyncStreamReader<SubmitStreamMessage> stream, int number, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.MoveNext(cancellationToken);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"Message {number} of the stream could not be parsed as the protobuf message {SubmitStreamMessage.Descriptor.FullName}: {e.Message} "
                + "Nothing was stored; send a header, then batches, each a serialized SubmitStreamMessage."));
        }
    }

    private static SubmissionReceipt Answer(SubmissionReceipt receipt) =>
        receipt.Status == ReceiptStatus.Rejected ? throw ReceiptStatusMapping.ToRpcException(receipt) : receipt;

    /// <summary>How far past the limit a stream is read (and dropped) before it is cut short.</summary>
    private const int OverLimitReadFactor = 8;

    /// <summary>The first value past the limit is the row named; the stream's size is the value.</summary>
    private static SubmissionReceipt TooMany(string submissionId, int max, string carried)
    {
        var receipt = new SubmissionReceipt { SubmissionId = submissionId, Status = ReceiptStatus.Rejected };
        receipt.Errors.Add(Validation.ObservationValidator.Issue(max + 1, "observations", carried,
            FeedIssueCodes.TooManyValues, $"The stream carried {carried} values; one submission may hold at most {max}. Nothing was stored; split it."));
        return receipt;
    }

    private static FeedRow ToRow(int row, ObservationValue value) => new(
        row, value.BodyCode, value.IndicatorCode, value.Period, value.Value,
        value.Value.ToString("R", CultureInfo.InvariantCulture), value.Unit, value.Comment);

    private static CallerIdentity Caller(ServerCallContext context) => CallerIdentity.From(context.GetHttpContext().User);
}
