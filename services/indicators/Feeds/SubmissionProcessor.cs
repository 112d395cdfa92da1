using System.Diagnostics;
using Assessment.Contracts.Events;
using Assessment.Contracts.Indicators;
using Assessment.Indicators.Feeds.Storage;
using Assessment.Indicators.Feeds.Validation;
using Assessment.Indicators.Quality;
using Assessment.ServiceDefaults.Security;
using Assessment.ServiceDefaults.Outbox;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Assessment.Indicators.Feeds;

/// <summary>
/// The one path every feed takes, whatever its format: idempotency check, validation against the catalogue and the
/// caller's entitlements, outlier warnings, then one transaction that stores everything and its outbox event.
/// </summary>
public sealed class SubmissionProcessor(
    SubmissionStore submissions,
    CatalogueSnapshotCache catalogue,
    PeerValueCache peerValues,
    IOptions<FeedLimits> limits,
    OutboxSignal outboxSignal,
    FeedTelemetry telemetry,
    TimeProvider time)
{
    public const string SubmissionIdReused = "submission_id_reused";
    private const int MaxStoreAttempts = 3;
    private readonly SemaphoreSlim _slots = new(limits.Value.MaxConcurrentSubmissions);

    public async Task<SubmissionReceipt> ProcessAsync(string submissionId, bool dryRun, IReadOnlyList<FeedRow> rows,
        IReadOnlyList<FeedIssue> readIssues, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = FeedTelemetry.Start(submissionId, rows, caller);
        SubmissionReceipt receipt;
        await _slots.WaitAsync(cancellationToken);
        try
        {
            receipt = await DecideAsync(submissionId, dryRun, rows, readIssues, caller, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }

        await telemetry.CompletedAsync(activity, receipt, rows, caller, Stopwatch.GetElapsedTime(started), cancellationToken);
        return receipt;
    }

    private async Task<SubmissionReceipt> DecideAsync(string submissionId, bool dryRun, IReadOnlyList<FeedRow> rows,
        IReadOnlyList<FeedIssue> readIssues, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        if (!SubmissionId.IsValid(submissionId))
        {
            return Rejected(submissionId, caller, receivedAt, [ObservationValidator.Issue(0, "submission_id", submissionId, FeedIssueCodes.InvalidSubmissionId,
                $"A submission id is 1 to {SubmissionId.MaxLength} letters, digits or . _ : - chosen by the sender, the same on every retry of one push.")]);
        }

        var contentHash = SubmissionContentHash.Of(rows);
        // Two independent reads: whether this id was seen before, and the catalogue to validate against.
        var catalogueRead = catalogue.GetAsync(cancellationToken);
        if (await ReplayOrConflictAsync(submissionId, contentHash, caller, receivedAt, cancellationToken) is { } earlier)
        {
            ObserveFailure(catalogueRead);
            return earlier;
        }

        var snapshot = await catalogueRead;
        // A payload the reader could not read at all (wrong encoding, no header) is not also "empty": its own issue says why.
        var issues = readIssues.Count > 0 && rows.Count == 0
            ? readIssues.ToList()
            : readIssues.Concat(new ObservationValidator(limits.Value).Validate(rows, snapshot, caller)).ToList();
        if (issues.Count > 0)
        {
            return Rejected(submissionId, caller, receivedAt, issues);
        }

        // Started now, awaited by the store once the observations are written: the check and the write overlap.
        var outliers = DetectOutliersAsync(rows, snapshot, cancellationToken);
        // When the write fails first, the check's own failure (if any) is not the caller's answer: observe it here.
        ObserveFailure(outliers);
        if (dryRun)
        {
            var validated = NewReceipt(submissionId, ReceiptStatus.Validated, caller, receivedAt);
            validated.Accepted = rows.Count;
            validated.Warnings.AddRange((await outliers).Select(ToWarning));
            return validated;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (receipt, accepted) = await submissions.StoreAsync(submissionId, contentHash, caller.Id, receivedAt, rows, outliers,
                    (accepted, flags) => AcceptedReceipt(submissionId, caller, receivedAt, accepted, flags),
                    // Built once the values are stored, just before the commit: when the feed was accepted, not when it arrived.
                    accepted => Announcement(submissionId, caller, time.GetUtcNow(), accepted),
                    cancellationToken);
                outboxSignal.Notify();
                peerValues.Apply(accepted.Select(o => (o.BodyCode, o.IndicatorCode, o.Period, o.Revision, o.Value)));
                return receipt;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected
                                               or PostgresErrorCodes.SerializationFailure)
            {
                // Another push of the same id committed first (replay or conflict), or the database chose this
                // transaction as a deadlock victim: nothing was stored, so it is safe to try again.
                if (await ReplayOrConflictAsync(submissionId, contentHash, caller, receivedAt, cancellationToken) is { } winner)
                {
                    return winner;
                }

                if (attempt == MaxStoreAttempts)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>A task whose result may go unused: its failure, if any, is observed rather than left unobserved.</summary>
    private static void ObserveFailure(Task task) =>
        _ = task.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private async Task<SubmissionReceipt?> ReplayOrConflictAsync(string submissionId, string contentHash, CallerIdentity caller,
        DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var existing = await submissions.FindAsync(submissionId, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        if (existing.ContentHash == contentHash)
        {
            var replay = existing.Receipt.Clone();
            replay.Replayed = true;
            return replay;
        }

        return Rejected(submissionId, caller, receivedAt, [ObservationValidator.Issue(0, "submission_id", submissionId, SubmissionIdReused,
            $"Submission id '{submissionId}' was already used on {existing.Receipt.ReceivedAt.ToDateTimeOffset():yyyy-MM-dd HH:mm:ss}Z for different content. Use a new id for new content; resend the same content to get the first receipt.")]);
    }

    private async Task<IReadOnlyList<OutlierFlag>> DetectOutliersAsync(IReadOnlyList<FeedRow> rows, CatalogueSnapshot snapshot, CancellationToken cancellationToken)
    {
        var options = limits.Value;
        string? PeerGroupOf(string body) => snapshot.Bodies.TryGetValue(body, out var b) ? b.PeerGroup : null;
        var own = submissions.LoadOwnValuesAsync(rows, cancellationToken);
        var peers = peerValues.PeersAsync(rows, PeerGroupOf, cancellationToken);
        await Task.WhenAll(own, peers);
        // The peer values are in a pooled buffer, returned once the check is done.
        using var peerSamples = await peers;
        var context = new OutlierContext(peerSamples, await own);
        return new OutlierDetector(options.OutlierThreshold, options.OutlierMinimumSample).Detect(rows, context, PeerGroupOf);
    }

    private static SubmissionReceipt AcceptedReceipt(string submissionId, CallerIdentity caller, DateTimeOffset receivedAt,
        IReadOnlyList<AcceptedObservation> accepted, IReadOnlyList<OutlierFlag> flags)
    {
        var receipt = NewReceipt(submissionId, ReceiptStatus.Accepted, caller, receivedAt);
        receipt.Accepted = accepted.Count;
        receipt.NewRevisions = accepted.Count(o => o.Revision > 1);
        receipt.Warnings.AddRange(flags.Select(ToWarning));
        return receipt;
    }

    private static ObservationsAccepted Announcement(string submissionId, CallerIdentity caller, DateTimeOffset acceptedAt, IReadOnlyList<AcceptedObservation> accepted)
    {
        return new ObservationsAccepted(
            Guid.NewGuid(),
            submissionId,
            caller.Id,
            accepted.Select(o => o.BodyCode).Distinct().Order(StringComparer.Ordinal).ToList(),
            accepted.Select(o => o.Period).Distinct().Order(StringComparer.Ordinal).ToList(),
            accepted.Select(o => o.IndicatorCode).Distinct().Order(StringComparer.Ordinal).ToList(),
            accepted.Count,
            accepted.Count(o => o.Revision > 1),
            acceptedAt);
    }

    private SubmissionReceipt Rejected(string submissionId, CallerIdentity caller, DateTimeOffset receivedAt, IReadOnlyList<FeedIssue> issues)
    {
        var receipt = NewReceipt(submissionId, ReceiptStatus.Rejected, caller, receivedAt);
        receipt.Errors.AddRange(issues);
        return receipt;
    }

    private static SubmissionReceipt NewReceipt(string submissionId, ReceiptStatus status, CallerIdentity caller, DateTimeOffset receivedAt) => new()
    {
        SubmissionId = submissionId,
        Status = status,
        Sender = caller.Id,
        ReceivedAt = Timestamp.FromDateTimeOffset(receivedAt),
    };

    private static FeedIssue ToWarning(OutlierFlag flag) => ObservationValidator.Issue(flag.Row, "value",
        flag.Score.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), flag.Kind, flag.Detail);
}
