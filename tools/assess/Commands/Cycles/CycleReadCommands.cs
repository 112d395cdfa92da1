using System.CommandLine;
using Assessment.Contracts.Scoring;
using Assessment.Cli.Remote;
using Grpc.Core;

namespace Assessment.Cli.Commands.Cycles;

/// <summary>`assess cycle list` and `assess cycle show CYCLE`: public reads.</summary>
internal static class CycleReadCommands
{
    public static Command List(CommandRunner runner)
    {
        var command = new Command("list", """
            List every assessment cycle with its period, methodology version, state and published run.

            Examples:
              assess cycle list
            """);
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var response = await new Contracts.Scoring.Cycles.CyclesClient(connection.Invoker).ListCyclesAsync(new ListCyclesRequest(),
                connection.Call(CycleCommand.Timeout, cancellationToken, tokenRequired: false));
            CycleRenderer.List(scope.Output, response.Cycles);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Show(CommandRunner runner)
    {
        var cycle = CycleCommand.CycleArgument();
        var command = new Command("show", """
            Show one cycle: its period, methodology, state, every transition (who, when, why) and its score runs.

            Examples:
              assess cycle show kz-regions-2022
            """)
        {
            cycle,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var found = await FindAsync(connection, scope.Parse.GetValue(cycle)!, cancellationToken);
            var runs = await new Scores.ScoresClient(connection.Invoker).ListRunsAsync(new ListRunsRequest { CycleId = found.CycleId },
                connection.Call(CycleCommand.Timeout, cancellationToken, tokenRequired: false));
            CycleRenderer.Show(scope.Output, found, runs.Runs);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The cycle, or a plain "no cycle" failure that points at `assess cycle list`.</summary>
    public static async Task<Cycle> FindAsync(GatewayConnection connection, string cycleId, CancellationToken cancellationToken)
    {
        try
        {
            return await new Contracts.Scoring.Cycles.CyclesClient(connection.Invoker).GetCycleAsync(new GetCycleRequest { CycleId = cycleId.Trim() },
                connection.Call(CycleCommand.Timeout, cancellationToken, tokenRequired: false));
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            throw new CommandFailure($"no cycle '{cycleId}'; `assess cycle list` shows the cycles");
        }
    }
}
