using System.Diagnostics;
using Assessment.Contracts.Indicators;
using Assessment.Indicators.Catalogue;
using Assessment.ServiceDefaults.Security;
using Assessment.ServiceDefaults.Telemetry;
using Npgsql;

namespace Assessment.Indicators.Feeds;

/// <summary>
/// What a submission leaves for the ops team: its span (submission id, bodies, counts, outcome), the accepted and
/// rejected counters per body, its duration, and one log line with the outcome and counts. Values, comments and
/// tokens are never written; the sender is the token's subject (a system or account id).
/// </summary>
public sealed class FeedTelemetry(FeedMetrics metrics, CatalogueStore catalogue, ILogger<FeedTelemetry> logger)
{
    public static Activity? Start(string submissionId, IReadOnlyList<FeedRow> rows, CallerIdentity caller)
    {
        var activity = AssessmentTelemetry.ActivitySource.StartActivity("feeds.submission");
        activity?.SetTag(SpanAttributes.SubmissionId, submissionId);
        activity?.SetTag(SpanAttributes.Observations, rows.Count);
        activity?.SetTag(SpanAttributes.Body, SpanAttributes.Bodies(rows.Select(r => r.BodyCode)));
        activity?.SetTag("assessment.sender", caller.Id);
        return activity;
    }

    public async Task CompletedAsync(Activity? activity, SubmissionReceipt receipt, IReadOnlyList<FeedRow> rows, CallerIdentity caller,
        TimeSpan elapsed, CancellationToken cancellationToken)
    {
        activity?.SetTag("assessment.outcome", receipt.Status.ToString());
        activity?.SetTag("assessment.accepted", receipt.Accepted);
        activity?.SetTag("assessment.replayed", receipt.Replayed);
        metrics.Duration(elapsed.TotalMilliseconds, receipt.Status.ToString());

        switch (receipt.Status)
        {
            case ReceiptStatus.Accepted when receipt.Replayed:
                logger.LogInformation("Feed {SubmissionId} from {Sender} replayed: already applied, nothing stored", receipt.SubmissionId, caller.Id);
                break;
            case ReceiptStatus.Accepted:
                metrics.Accepted(rows.GroupBy(r => r.BodyCode).Select(g => (g.Key, g.Count())));
                logger.LogInformation(
                    "Feed {SubmissionId} from {Sender} accepted: {Accepted} values for {BodyCount} bodies, {NewRevisions} new revisions, {Warnings} warnings, {ElapsedMs:F0} ms",
                    receipt.SubmissionId, caller.Id, receipt.Accepted, rows.Select(r => r.BodyCode).Distinct().Count(), receipt.NewRevisions,
                    receipt.Warnings.Count, elapsed.TotalMilliseconds);
                break;
            case ReceiptStatus.Rejected:
                metrics.Rejected(await PerKnownBodyAsync(rows, cancellationToken));
                logger.LogInformation(
                    "Feed {SubmissionId} from {Sender} rejected: {Errors} errors in {Values} values (first: {FirstErrorCode} at row {FirstErrorRow}), {ElapsedMs:F0} ms",
                    receipt.SubmissionId, caller.Id, receipt.Errors.Count, rows.Count, receipt.Errors.FirstOrDefault()?.Code, receipt.Errors.FirstOrDefault()?.Row,
                    elapsed.TotalMilliseconds);
                break;
            default:
                logger.LogInformation("Feed {SubmissionId} from {Sender} {Outcome}: {Values} values, nothing stored", receipt.SubmissionId, caller.Id,
                    receipt.Status, rows.Count);
                break;
        }
    }

    // A rejected feed may name any body code; only codes the catalogue knows become labels, the rest count as "unknown".
    private async Task<IEnumerable<(string Body, int Count)>> PerKnownBodyAsync(IReadOnlyList<FeedRow> rows, CancellationToken cancellationToken)
    {
        HashSet<string> known;
        try
        {
            known = (await catalogue.ListBodiesAsync(cancellationToken)).Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        }
        catch (NpgsqlException)
        {
            known = [];
        }

        return rows.GroupBy(r => known.Contains(r.BodyCode) ? r.BodyCode : FeedMetrics.UnknownBody).Select(g => (g.Key, g.Count()));
    }
}
