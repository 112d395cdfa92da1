using System.Globalization;
using Assessment.Contracts.Scoring;
using Spectre.Console;

namespace Assessment.Cli.Commands.Cycles;

/// <summary>Cycles, their history and runs, as tables.</summary>
internal static class CycleRenderer
{
    public static void List(IAnsiConsole console, IEnumerable<Cycle> cycles)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("cycle", "period", "methodology", "state", "published run");
        foreach (var c in cycles.OrderBy(c => c.CycleId, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(c.CycleId), Markup.Escape(c.Period), Markup.Escape($"{c.MethodologyId} {c.MethodologyVersion}"),
                CycleStateNames.Of(c.State), c.PublishedRun > 0 ? c.PublishedRun.ToString(CultureInfo.InvariantCulture) : "");
        }

        console.Write(table);
    }

    public static void Show(IAnsiConsole console, Cycle cycle, IEnumerable<RunSummary> runs)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("cycle", Markup.Escape(cycle.CycleId));
        grid.AddRow("period", Markup.Escape(cycle.Period));
        grid.AddRow("previous period", cycle.PreviousPeriod.Length == 0 ? "none" : Markup.Escape(cycle.PreviousPeriod));
        grid.AddRow("methodology", Markup.Escape($"{cycle.MethodologyId} {cycle.MethodologyVersion}"));
        grid.AddRow("state", CycleStateNames.Of(cycle.State));
        grid.AddRow("published run", cycle.PublishedRun > 0 ? cycle.PublishedRun.ToString(CultureInfo.InvariantCulture) : "none");
        grid.AddRow("bodies", cycle.BodyCodes.Count == 0 ? "every active body the methodology applies to" : Markup.Escape(string.Join(", ", cycle.BodyCodes)));
        console.Write(grid);

        var history = new Table().Border(TableBorder.Simple).Title("history").AddColumns("at", "from", "to", "by", "reason");
        foreach (var t in cycle.History)
        {
            history.AddRow(Time(t.At), CycleStateNames.Of(t.From), CycleStateNames.Of(t.To), Markup.Escape(t.Actor), Markup.Escape(t.Reason));
        }

        console.Write(history);
        var table = new Table().Border(TableBorder.Simple).Title("runs").AddColumns("run", "computed", "bodies", "observations", "trigger");
        foreach (var r in runs.OrderBy(r => r.RunNumber))
        {
            table.AddRow(r.RunNumber.ToString(CultureInfo.InvariantCulture), Time(r.ComputedAt), r.BodyCount.ToString(CultureInfo.InvariantCulture),
                r.ObservationCount.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Trigger));
        }

        console.Write(table);
    }

    public static void Run(IAnsiConsole console, RunSummary run) =>
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run.RunNumber} of {run.CycleId}: {run.BodyCount} bodies scored from {run.ObservationCount} observations under {run.MethodologyId} {run.MethodologyVersion} ({run.Trigger}, input {run.InputHash[..Math.Min(12, run.InputHash.Length)]})"));

    public static string Time(Google.Protobuf.WellKnownTypes.Timestamp? at) =>
        at is null ? "" : at.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
