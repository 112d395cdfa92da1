using System.Globalization;
using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// The answer to a DHIS2 dataValueSets push, in the shape DHIS2 itself answers, so a DHIS2 instance
/// (or its integration scripts) can read it. Serialise with JsonSerializerOptions.Web for DHIS2's
/// camelCase names. The one difference in meaning: DHIS2 imports the good values and ignores the
/// conflicting ones, we store a submission whole or not at all, and the description says so.
/// </summary>
public sealed record Dhis2ImportSummary(
    string Status,
    string Description,
    Dhis2ImportCount ImportCount,
    IReadOnlyList<Dhis2Conflict> Conflicts,
    string DataSetComplete = "false")
{
    public const string Success = "SUCCESS";
    public const string Warning = "WARNING";
    public const string Error = "ERROR";

    public static Dhis2ImportSummary FromReceipt(SubmissionReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);

        if (receipt.Status is ReceiptStatus.Rejected or ReceiptStatus.Unspecified || receipt.Errors.Count > 0)
        {
            var ignored = receipt.Errors.Select(e => e.Row).Distinct().Count();
            return new Dhis2ImportSummary(
                Error,
                $"The push was refused as a whole and nothing was stored: Assessment stores a submission atomically, so unlike DHIS2 it does not import the values without conflicts. Correct the {Count(receipt.Errors.Count, "conflict")} listed and push the whole data value set again.",
                new Dhis2ImportCount(0, 0, ignored, 0),
                receipt.Errors.Select(ToConflict).ToList());
        }

        var updated = receipt.NewRevisions;
        var imported = Math.Max(0, receipt.Accepted - updated);
        var counts = new Dhis2ImportCount(imported, updated, 0, 0);
        var conflicts = receipt.Warnings.Select(ToConflict).ToList();
        var stored = receipt.Status == ReceiptStatus.Validated
            ? $"Dry run: {Count(receipt.Accepted, "value")} would be stored ({imported} new, {updated} updated); nothing was stored."
            : $"Stored {Count(receipt.Accepted, "value")} as one submission: {imported} new, {updated} updated.";

        return conflicts.Count == 0
            ? new Dhis2ImportSummary(Success, stored, counts, conflicts)
            : new Dhis2ImportSummary(
                Warning,
                $"{stored} {Count(conflicts.Count, "warning")} listed as conflicts; the values were {(receipt.Status == ReceiptStatus.Validated ? "valid" : "stored")} all the same, check them.",
                counts,
                conflicts);
    }

    // DHIS2 names the offending object (an org unit, a data element) in "object"; we name the offending
    // value, or the issue code when there is no value (a missing field), and put where and why in "value".
    private static Dhis2Conflict ToConflict(FeedIssue issue)
    {
        var where = issue.Field.Length > 0 ? $"row {issue.Row}, {issue.Field}" : $"row {issue.Row}";
        return new Dhis2Conflict(issue.Value.Length > 0 ? issue.Value : issue.Code, $"{where}: {issue.Reason}");
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
