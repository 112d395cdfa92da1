using System.Text.Json;
using Assessment.Contracts.Indicators;
using Assessment.Indicators.Feeds;
using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class Dhis2ImportSummaryTests
{
    private static FeedIssue Issue(int row, string field, string value, string reason, string code) =>
        new() { Row = row, Field = field, Value = value, Reason = reason, Code = code };

    [Fact]
    public void Counts_new_values_as_imported_and_revisions_as_updated()
    {
        var summary = Dhis2ImportSummary.FromReceipt(new SubmissionReceipt { Status = ReceiptStatus.Accepted, Accepted = 4, NewRevisions = 1 });

        Assert.Equal("SUCCESS", summary.Status);
        Assert.Equal(new Dhis2ImportCount(3, 1, 0, 0), summary.ImportCount);
        Assert.Empty(summary.Conflicts);
        Assert.Equal("false", summary.DataSetComplete);
    }

    [Fact]
    public void Refuses_a_rejected_push_as_a_whole_listing_every_error_as_a_conflict()
    {
        var receipt = new SubmissionReceipt { Status = ReceiptStatus.Rejected };
        receipt.Errors.Add(Issue(2, "orgUnit", "KZ-99", "Unknown body KZ-99.", FeedIssueCodes.UnknownBody));
        receipt.Errors.Add(Issue(2, "value", "abc", "Not a number.", FeedIssueCodes.NotANumber));
        receipt.Errors.Add(Issue(5, "period", "", "Data value 5 has no period.", FeedIssueCodes.MissingField));

        var summary = Dhis2ImportSummary.FromReceipt(receipt);

        Assert.Equal("ERROR", summary.Status);
        Assert.Equal(new Dhis2ImportCount(0, 0, 2, 0), summary.ImportCount);
        Assert.Equal(
            [
                new Dhis2Conflict("KZ-99", "row 2, orgUnit: Unknown body KZ-99."),
                new Dhis2Conflict("abc", "row 2, value: Not a number."),
                new Dhis2Conflict("missing_field", "row 5, period: Data value 5 has no period."),
            ],
            summary.Conflicts);
        Assert.Contains("refused as a whole", summary.Description);
        Assert.Contains("atomically", summary.Description);
        Assert.Contains("unlike DHIS2", summary.Description);
    }

    [Fact]
    public void Reports_warnings_of_an_accepted_push_as_conflicts_with_status_WARNING()
    {
        var receipt = new SubmissionReceipt { Status = ReceiptStatus.Accepted, Accepted = 2, NewRevisions = 0 };
        receipt.Warnings.Add(Issue(1, "value", "9000", "Far from its peers.", FeedIssueCodes.OutlierAgainstPeers));

        var summary = Dhis2ImportSummary.FromReceipt(receipt);

        Assert.Equal("WARNING", summary.Status);
        Assert.Equal(new Dhis2ImportCount(2, 0, 0, 0), summary.ImportCount);
        Assert.Equal(new Dhis2Conflict("9000", "row 1, value: Far from its peers."), Assert.Single(summary.Conflicts));
    }

    [Fact]
    public void Says_that_a_dry_run_stored_nothing()
    {
        var summary = Dhis2ImportSummary.FromReceipt(new SubmissionReceipt { Status = ReceiptStatus.Validated, Accepted = 3 });

        Assert.Equal("SUCCESS", summary.Status);
        Assert.Contains("nothing was stored", summary.Description);
    }

    [Fact]
    public void Serialises_to_the_dhis2_property_names_with_web_defaults()
    {
        var receipt = new SubmissionReceipt { Status = ReceiptStatus.Rejected };
        receipt.Errors.Add(Issue(1, "orgUnit", "KZ-99", "Unknown body.", FeedIssueCodes.UnknownBody));

        var json = JsonSerializer.Serialize(Dhis2ImportSummary.FromReceipt(receipt), JsonSerializerOptions.Web);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(["status", "description", "importCount", "conflicts", "dataSetComplete"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["imported", "updated", "ignored", "deleted"], root.GetProperty("importCount").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("importCount").GetProperty("ignored").GetInt32());
        var conflict = Assert.Single(root.GetProperty("conflicts").EnumerateArray().ToList());
        Assert.Equal(["object", "value"], conflict.EnumerateObject().Select(p => p.Name));
        Assert.Equal("KZ-99", conflict.GetProperty("object").GetString());
        Assert.Equal("ERROR", root.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("dataSetComplete").ValueKind);
        Assert.Equal("false", root.GetProperty("dataSetComplete").GetString());
    }
}
