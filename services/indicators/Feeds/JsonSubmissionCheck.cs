using Assessment.Contracts.Indicators;
using Assessment.Indicators.Feeds.Readers;
using Assessment.ServiceDefaults.Security;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace Assessment.Indicators.Feeds;

/// <summary>
/// Runs before JSON transcoding turns POST /api/v1/submissions into a SubmitRequest, because transcoding is lenient
/// where a feed must not be. A body that is not UTF-8 is refused here (transcoding cannot read it). Properties the
/// message does not have, or that are given twice, are handed to Submit as read issues, so they are refused together
/// with the feed's other errors through the one path every feed takes, and nothing is stored.
/// </summary>
public sealed class JsonSubmissionCheck(RequestDelegate next, TimeProvider time, ILogger<JsonSubmissionCheck> logger)
{
    private static readonly object IssuesKey = new();
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];
    private static readonly JsonFeedPropertyCheck Properties = new(SubmitRequest.Descriptor, SubmitRequest.ObservationsFieldNumber);

    // The rejection is written as transcoding writes a failed call (google.rpc.Status, defaults included), so the
    // service's problem+json conversion (TranscodedErrorProblems) answers it like every other refused JSON feed.
    private static readonly JsonFormatter StatusFormatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true)
        .WithTypeRegistry(TypeRegistry.FromMessages(SubmissionReceipt.Descriptor)));

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>()?.MethodDescriptor.InputType != SubmitRequest.Descriptor)
        {
            await next(context);
            return;
        }

        // The body is at most Feeds:MaxPayloadBytes (Kestrel's limit); transcoding buffers it whole as well. The
        // announced length only sizes the first buffer, up to a megabyte: it is not believed before the bytes arrive.
        var body = new MemoryStream((int)Math.Min(context.Request.ContentLength ?? 0, 1024 * 1024));
        context.Response.RegisterForDispose(body);
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var (notUtf8, issues) = Inspect(body);
        if (notUtf8 is not null)
        {
            await RefuseAsync(context, notUtf8);
            return;
        }

        if (issues.Count > 0)
        {
            context.Items[IssuesKey] = issues;
        }

        // A UTF-8 byte-order mark is allowed in feeds; transcoding is handed the JSON without it.
        body.Position = body.GetBuffer().AsSpan(0, (int)body.Length).StartsWith(Utf8ByteOrderMark) ? Utf8ByteOrderMark.Length : 0;
        context.Request.Body = body;
        await next(context);
    }

    private static (FeedIssue? NotUtf8, IReadOnlyList<FeedIssue> Issues) Inspect(MemoryStream body)
    {
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        return FeedEncoding.Check(bytes[..Math.Min(bytes.Length, FeedEncoding.PrefixLength)]) is { } notUtf8
            ? (notUtf8, [])
            : (null, Properties.Check(bytes));
    }

    /// <summary>What the check found in this request's JSON body (none for gRPC callers).</summary>
    public static IReadOnlyList<FeedIssue> IssuesOf(HttpContext context) =>
        context.Items.TryGetValue(IssuesKey, out var found) && found is IReadOnlyList<FeedIssue> issues ? issues : [];

    private async Task RefuseAsync(HttpContext context, FeedIssue issue)
    {
        var caller = CallerIdentity.From(context.User);
        var receipt = new SubmissionReceipt
        {
            Status = ReceiptStatus.Rejected,
            Sender = caller.Id,
            ReceivedAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
        };
        receipt.Errors.Add(issue);
        logger.LogInformation("JSON feed from {Sender} refused unread: {Reason}", caller.Id, issue.Reason);

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(StatusFormatter.Format(ReceiptStatusMapping.ToStatus(receipt)), context.RequestAborted);
    }
}
