using Assessment.Cli.Feeds;
using Assessment.Contracts.Indicators;
using Spectre.Console.Testing;

namespace Assessment.Cli.Tests.Feeds;

public class ReceiptRendererTests
{
    private static SourcedValue At(int row, string column = "") => new(new ObservationValue(), row, column);

    [Fact]
    public void A_rejection_lists_every_error_at_the_file_row_of_the_value_not_its_stream_position()
    {
        var console = new TestConsole().Width(200);
        var receipt = new SubmissionReceipt { SubmissionId = "assess-1", Status = ReceiptStatus.Rejected };
        receipt.Errors.Add(new FeedIssue { Row = 2, Field = "body", Value = "KZ-99", Reason = "No body has the code 'KZ-99'.", Code = "unknown_body" });
        receipt.Errors.Add(new FeedIssue { Row = 3, Field = "value", Value = "140", Reason = "Above the valid maximum 100.", Code = "out_of_range" });

        ReceiptRenderer.Render(console, receipt, [At(2), At(7), At(9, "unemployment-rate")]);

        var lines = console.Lines;
        Assert.Contains("rejected: 2 errors; nothing was stored", console.Output);
        Assert.Contains(lines, l => l.Contains(" 7 ") && l.Contains("body") && l.Contains("KZ-99") && l.Contains("No body has the code 'KZ-99'.") && l.Contains("unknown_body"));
        Assert.Contains(lines, l => l.Contains(" 9 ") && l.Contains("value (unemployment-rate)") && l.Contains("140") && l.Contains("out_of_range"));
    }

    [Fact]
    public void An_accepted_receipt_shows_counts_revisions_and_warnings()
    {
        var console = new TestConsole().Width(200);
        var receipt = new SubmissionReceipt { SubmissionId = "assess-2", Status = ReceiptStatus.Accepted, Accepted = 1200, NewRevisions = 17, Sender = "akmola" };
        receipt.Warnings.Add(new FeedIssue { Row = 1, Field = "value", Value = "5.20", Reason = "far from peers", Code = "outlier_peers" });

        ReceiptRenderer.Render(console, receipt, [At(4)]);

        Assert.Contains("accepted: 1,200 values, 17 new revisions, 1 warnings", console.Output);
        Assert.Contains(console.Lines, l => l.Contains(" 4 ") && l.Contains("far from peers") && l.Contains("outlier_peers"));
    }

    [Fact]
    public void A_replayed_receipt_says_nothing_new_was_stored()
    {
        var console = new TestConsole().Width(200);

        ReceiptRenderer.Render(console, new SubmissionReceipt { SubmissionId = "x", Status = ReceiptStatus.Accepted, Accepted = 3, Replayed = true }, []);

        Assert.Contains("nothing new was stored", console.Output);
    }
}
