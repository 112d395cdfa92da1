using Spectre.Console;

namespace Assessment.Cli.Contests;

/// <summary>Contests as a one-line summary or a table.</summary>
internal static class ContestRenderer
{
    public static string Line(Contest c) =>
        $"contest {c.Id}: {c.BodyCode}, {c.Subject} in {c.CycleId}: {c.Status}"
        + (c.Outcome is { Length: > 0 } outcome ? $", {outcome} by {c.AnsweredBy} at {c.AnsweredAt}: {c.Answer}" : $", submitted by {c.SubmittedBy} at {c.SubmittedAt}");

    public static void Table(IAnsiConsole console, IReadOnlyList<Contest> contests)
    {
        if (contests.Count == 0)
        {
            console.WriteLine("no contests");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("id", "body", "contests", "status", "submitted", "reason", "outcome", "answer");
        foreach (var c in contests)
        {
            table.AddRow(Markup.Escape(c.Id), Markup.Escape(c.BodyCode), Markup.Escape(c.Subject), Markup.Escape(c.Status),
                Markup.Escape($"{c.SubmittedAt} {c.SubmittedBy}"), Markup.Escape(c.Reason), Markup.Escape(c.Outcome ?? ""), Markup.Escape(c.Answer ?? ""));
        }

        console.Write(table);
    }
}
