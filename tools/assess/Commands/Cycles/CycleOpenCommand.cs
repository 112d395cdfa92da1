using System.CommandLine;
using Assessment.Contracts.Scoring;

namespace Assessment.Cli.Commands.Cycles;

/// <summary>`assess cycle open CYCLE --period P --methodology M`: a new cycle, OPEN, collecting feeds.</summary>
internal static class CycleOpenCommand
{
    public static Command Create(CommandRunner runner)
    {
        var cycle = CycleCommand.CycleArgument();
        var period = new Option<string>("--period") { Description = "The period scored, e.g. 2021", Required = true };
        var methodology = new Option<string>("--methodology", "-m") { Description = "Published methodology id, e.g. kz-regions (see `assess methodology publish`)", Required = true };
        var version = new Option<string?>("--version") { Description = "Methodology version (default: the latest published)" };
        var previous = new Option<string?>("--previous-period") { Description = "Period compared with for \"change since the previous period\", e.g. 2020" };
        var bodies = new Option<string[]>("--body") { Description = "Score only these bodies (repeatable; default: every active body the methodology applies to)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("open", """
            Open a cycle (methodology admins): the period is scored under the methodology version, and feeds for the
            period recompute it while it is open. The id is 3 to 64 lower-case letters, digits or dashes.

            Examples:
              assess cycle open kz-regions-2021 --period 2021 --methodology kz-regions
              assess cycle open kz-regions-2025 --period 2025 --previous-period 2024 --methodology kz-regions --version 2024.1
            """)
        {
            cycle, period, methodology, version, previous, bodies,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var request = new OpenCycleRequest
            {
                CycleId = scope.Parse.GetValue(cycle)!.Trim(),
                Period = scope.Parse.GetValue(period)!.Trim(),
                MethodologyId = scope.Parse.GetValue(methodology)!.Trim(),
                MethodologyVersion = scope.Parse.GetValue(version)?.Trim() ?? string.Empty,
                PreviousPeriod = scope.Parse.GetValue(previous)?.Trim() ?? string.Empty,
                BodyCodes = { scope.Parse.GetValue(bodies) ?? [] },
            };
            var opened = await new Contracts.Scoring.Cycles.CyclesClient(connection.Invoker).OpenCycleAsync(request, connection.Call(CycleCommand.Timeout, cancellationToken));
            scope.Output.Profile.Out.Writer.WriteLine(
                $"opened {opened.CycleId}: period {opened.Period}, {opened.MethodologyId} {opened.MethodologyVersion}, state {CycleStateNames.Of(opened.State)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
