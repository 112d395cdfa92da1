using System.Globalization;
using Assessment.Contracts.Indicators;
using Spectre.Console;

namespace Assessment.Cli.Feeds;

/// <summary>
/// Prints a receipt: the outcome line, then warnings and errors as tables with the row of the file (the system counts
/// positions in the stream; the CLI maps them back to the file's line or item), field, value, reason and code.
/// </summary>
internal static class ReceiptRenderer
{
    public static void Render(IAnsiConsole console, SubmissionReceipt receipt, IReadOnlyList<SourcedValue> sources)
    {
        var replayed = receipt.Replayed ? " (the stored receipt of an earlier, identical push: nothing new was stored)" : string.Empty;
        var line = receipt.Status switch
        {
            ReceiptStatus.Accepted => string.Create(CultureInfo.InvariantCulture, $"[green]accepted[/]: {receipt.Accepted:N0} values, {receipt.NewRevisions:N0} new revisions, {receipt.Warnings.Count:N0} warnings{replayed}"),
            ReceiptStatus.Validated => string.Create(CultureInfo.InvariantCulture, $"[green]validated[/] (dry run, nothing stored): {receipt.Accepted:N0} values, {receipt.Warnings.Count:N0} warnings"),
            _ => string.Create(CultureInfo.InvariantCulture, $"[red]rejected[/]: {receipt.Errors.Count:N0} errors; nothing was stored"),
        };
        console.MarkupLine(line);
        console.MarkupLine($"submission: {Markup.Escape(receipt.SubmissionId)}");
        if (receipt.ReceivedAt is not null)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"received: {receipt.ReceivedAt.ToDateTimeOffset():yyyy-MM-dd HH:mm:ss}Z from {Markup.Escape(receipt.Sender)}"));
        }

        if (receipt.Warnings.Count > 0)
        {
            console.MarkupLine("[yellow]warnings[/]:");
            console.Write(Table(receipt.Warnings, sources));
        }

        if (receipt.Errors.Count > 0)
        {
            console.MarkupLine("[red]errors[/]:");
            console.Write(Table(receipt.Errors, sources));
        }
    }

    public static void RenderReadIssues(IAnsiConsole console, string fileName, IReadOnlyList<FeedReadIssue> issues)
    {
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[red]not sent[/]: {Markup.Escape(fileName)} has {issues.Count:N0} values the CLI cannot read; nothing was sent"));
        var table = NewTable();
        foreach (var issue in issues)
        {
            table.AddRow(Cell(issue.Row.ToString(CultureInfo.InvariantCulture)), Cell(issue.Field), Cell(issue.Value), Cell(issue.Reason), Cell("unreadable"));
        }

        console.Write(table);
    }

    private static Table Table(IEnumerable<FeedIssue> issues, IReadOnlyList<SourcedValue> sources)
    {
        var table = NewTable();
        foreach (var issue in issues)
        {
            var source = issue.Row >= 1 && issue.Row <= sources.Count ? sources[issue.Row - 1] : null;
            var row = source?.Row.ToString(CultureInfo.InvariantCulture) ?? (issue.Row == 0 ? "-" : $"#{issue.Row}");
            var field = source is { Column.Length: > 0 } && source.Column != issue.Field ? $"{issue.Field} ({source.Column})" : issue.Field;
            table.AddRow(Cell(row), Cell(field), Cell(issue.Value), Cell(issue.Reason), Cell(issue.Code));
        }

        return table;
    }

    private static Table NewTable() =>
        new Table().Border(TableBorder.Simple).AddColumns("row", "field", "value", "reason", "code");

    private static Markup Cell(string text) => new(Markup.Escape(text));
}
