using System.Globalization;
using Spectre.Console;

namespace Assessment.Cli.Methodologies;

/// <summary>Prints a methodology diff: the changes per section, then the ranking shift (largest moves first) when there is one.</summary>
internal static class DiffRenderer
{
    public static void Render(IAnsiConsole console, string oldName, string newName, IReadOnlyList<DiffLine> lines)
    {
        console.WriteLine($"--- {oldName}");
        console.WriteLine($"+++ {newName}");
        if (lines.Count == 0)
        {
            console.WriteLine("no differences in areas, weights, normalisations or bands");
            return;
        }

        foreach (var section in lines.GroupBy(l => l.Section))
        {
            console.WriteLine(section.Key);
            foreach (var line in section)
            {
                var colour = line.Mark switch { DiffLine.Added => "green", DiffLine.Removed => "red", _ => "yellow" };
                console.MarkupLine($"  [{colour}]{line.Mark}[/] {Markup.Escape(line.Text)}");
            }
        }
    }

    public static void RenderShift(IAnsiConsole console, string source, IReadOnlyList<RankShift> shifts)
    {
        var moved = shifts.Count(s => s.Shift is not null and not 0);
        var bands = shifts.Count(s => s.BandOld != s.BandNew);
        console.WriteLine();
        console.WriteLine($"ranking shift ({source}): {shifts.Count} bodies, {moved} change rank, {bands} change band");
        var table = new Table().Border(TableBorder.Simple).AddColumns("body", "score old", "score new", "rank old", "rank new", "shift", "band old", "band new");
        foreach (var s in shifts.OrderByDescending(s => Math.Abs(s.Shift ?? 0)).ThenBy(s => s.RankNew ?? int.MaxValue).ThenBy(s => s.Body, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(s.Body), Score(s.ScoreOld), Score(s.ScoreNew), Rank(s.RankOld), Rank(s.RankNew),
                s.Shift is { } shift ? shift.ToString("+0;-0;0", CultureInfo.InvariantCulture) : "", Markup.Escape(s.BandOld ?? ""), Markup.Escape(s.BandNew ?? ""));
        }

        console.Write(table);
    }

    private static string Score(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "withheld";

    private static string Rank(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
