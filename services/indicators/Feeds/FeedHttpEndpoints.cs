using Assessment.Contracts.Indicators;
using Assessment.Indicators.Feeds.Readers;
using Assessment.ServiceDefaults.Security;
using Google.Protobuf;
using Grpc.Core;

namespace Assessment.Indicators.Feeds;

/// <summary>
/// File feeds over HTTP: CSV (long or wide) and DHIS2 dataValueSets, so that a DHIS2 instance can push unchanged.
/// JSON feeds in Assessment's own shape go to POST /api/v1/submissions (the gRPC Submit, transcoded).
/// </summary>
public static class FeedHttpEndpoints
{
    public static WebApplication MapFeedHttpEndpoints(this WebApplication app)
    {
        var feeds = app.MapGroup("/api/v1/feeds").RequireAuthorization();

        feeds.MapPost("/csv", async (HttpRequest request, FeedFileSubmitter submitter, string? submissionId, bool? dryRun, string? period,
            string? idColumn, CancellationToken cancellationToken) =>
        {
            var receipt = await submitter.SubmitCsvAsync(request.Body, submissionId, dryRun ?? false, period, idColumn,
                CallerIdentity.From(request.HttpContext.User), cancellationToken);
            return ReceiptResult(receipt);
        }).Accepts<string>("text/csv").WithName("SubmitCsvFeed")
          .WithSummary("Push a CSV feed: long (body,indicator,period,value[,unit][,comment]) or wide (one row per body; ?period= required).");

        feeds.MapPost("/dhis2/dataValueSets", async (HttpRequest request, FeedFileSubmitter submitter, string? submissionId, bool? dryRun,
            CancellationToken cancellationToken) =>
        {
            var receipt = await submitter.SubmitDhis2Async(request.Body, submissionId, dryRun ?? false, CallerIdentity.From(request.HttpContext.User),
                cancellationToken);
            var summary = Dhis2ImportSummary.FromReceipt(receipt);
            return receipt.Status == ReceiptStatus.Rejected
                ? Results.Json(summary, statusCode: HttpStatusFor(receipt))
                : Results.Json(summary);
        }).Accepts<object>("application/json").WithName("SubmitDhis2DataValueSets")
          .WithSummary("Push a DHIS2 dataValueSets payload (codes as id scheme); answers with a DHIS2 import summary.");

        return app;
    }

    private static IResult ReceiptResult(SubmissionReceipt receipt)
    {
        if (receipt.Status != ReceiptStatus.Rejected)
        {
            return Results.Content(JsonFormatter.Default.Format(receipt), "application/json");
        }

        var first = receipt.Errors.FirstOrDefault();
        return Results.Problem(
            title: "Submission rejected; nothing was stored",
            detail: $"{receipt.Errors.Count} error(s) in submission '{receipt.SubmissionId}'." +
                    (first is null ? string.Empty : $" First: row {first.Row}, {first.Field} '{first.Value}': {first.Reason}"),
            statusCode: HttpStatusFor(receipt),
            extensions: new Dictionary<string, object?>
            {
                ["submissionId"] = receipt.SubmissionId,
                ["errors"] = receipt.Errors.Select(e => new { e.Row, e.Field, e.Value, e.Reason, e.Code }).ToList(),
            });
    }

    private static int HttpStatusFor(SubmissionReceipt receipt) => ReceiptStatusMapping.StatusFor(receipt) switch
    {
        StatusCode.AlreadyExists => StatusCodes.Status409Conflict,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.ResourceExhausted => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };
}
