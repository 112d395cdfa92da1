using System.CommandLine;
using System.Globalization;
using Assessment.Contracts.Indicators;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>`assess status`: completeness and timeliness of a body's reporting for a period, and its current values.</summary>
internal static class StatusCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Command Create(CommandRunner runner)
    {
        var body = new Option<string>("--body") { Description = "Body code, e.g. KZ-11", Required = true };
        var period = new Option<string>("--period") { Description = "Period: 2024, 2024Q1 or 202401", Required = true };
        var command = new Command("status", """
            Show how complete and timely a body's reporting is for a period: expected and received values, how many
            arrived before the deadline, the indicators still missing, and how many current values are stored.

            Examples:
              assess status --body KZ-11 --period 2025
              assess status --body KZ-75 --period 2024 --token "$(cat ~/.assess-token)"
            """)
        {
            body, period,
        };

        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            var bodyCode = scope.Parse.GetValue(body)!.Trim();
            var periodCode = scope.Parse.GetValue(period)!.Trim();
            using var connection = scope.Connect();
            var report = await new Quality.QualityClient(connection.Invoker).GetCompletenessAsync(
                new CompletenessRequest { BodyCode = bodyCode, Period = periodCode }, connection.Call(Timeout, cancellationToken));

            var current = 0;
            using (var stream = new Observations.ObservationsClient(connection.Invoker).StreamObservations(
                new ObservationQuery { Periods = { periodCode }, BodyCodes = { bodyCode } }, connection.Call(Timeout, cancellationToken)))
            {
                while (await stream.ResponseStream.MoveNext(cancellationToken))
                {
                    current += stream.ResponseStream.Current.Observations.Count;
                }
            }

            Render(scope.Output, report, current);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, CompletenessReport report, int current)
    {
        string Text(FormattableString s) => Markup.Escape(s.ToString(CultureInfo.InvariantCulture));
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("body", Markup.Escape(report.BodyCode));
        grid.AddRow("period", Markup.Escape(report.Period));
        grid.AddRow("expected values", Text($"{report.Expected}"));
        grid.AddRow("received", Text($"{report.Received}"));
        grid.AddRow("on time", Text($"{report.OnTime}"));
        grid.AddRow("completeness", Text($"{report.Completeness:P1}"));
        grid.AddRow("timeliness", Text($"{report.Timeliness:P1}"));
        grid.AddRow("deadline", Markup.Escape(report.Deadline));
        grid.AddRow("current values", Text($"{current}"));
        grid.AddRow("missing", report.MissingIndicatorCodes.Count == 0 ? "none" : Markup.Escape(string.Join(", ", report.MissingIndicatorCodes)));
        console.Write(grid);
    }
}
