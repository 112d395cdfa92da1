using System.CommandLine;
using Assessment.Cli.Remote;
using Assessment.Contracts.Scoring;

namespace Assessment.Cli.Commands.Cycles;

/// <summary>
/// `assess cycle close|publish|move`: the cycle's state changes (methodology admins), each kept with who, when and why.
/// close takes the cycle as far as review: closed (its period locked), draft (its latest run), review (contests open).
/// </summary>
internal static class CycleMoveCommands
{
    private static readonly CycleState[] ToReview = [CycleState.Closed, CycleState.Draft, CycleState.Review];

    public static Command Close(CommandRunner runner)
    {
        var cycle = CycleCommand.CycleArgument();
        var reason = Reason("collection closed with assess");
        var command = new Command("close", """
            Close a cycle and open its review window: open -> closed (the period's data is locked; late feeds are
            refused) -> draft (the latest run, visible to the bodies concerned) -> review (bodies may contest). Steps
            already taken are skipped; a cycle without a score run is refused before anything changes.

            Examples:
              assess cycle close kz-regions-2021 --reason "collection for 2021 ended on 31 March"
            """)
        {
            cycle, reason,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var found = await CycleReadCommands.FindAsync(connection, scope.Parse.GetValue(cycle)!, cancellationToken);
            if (found.State is CycleState.Published)
            {
                throw new CommandFailure($"cycle {found.CycleId} is published, which is final; a correction is published in a new cycle");
            }

            if (found.State is CycleState.Open or CycleState.Closed && !await HasRunAsync(connection, found.CycleId, cancellationToken))
            {
                throw new CommandFailure($"cycle {found.CycleId} has no score run yet; compute one with `assess cycle score {found.CycleId}` first (nothing was changed)");
            }

            var steps = ToReview.SkipWhile(s => s <= found.State).ToList();
            if (steps.Count == 0)
            {
                scope.Output.Profile.Out.Writer.WriteLine($"{found.CycleId} is already in review");
            }

            foreach (var step in steps)
            {
                found = await MoveAsync(scope, connection, found, step, scope.Parse.GetValue(reason)!, cancellationToken);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Publish(CommandRunner runner)
    {
        var cycle = CycleCommand.CycleArgument();
        var reason = Reason("published with assess");
        var command = new Command("publish", """
            Publish a cycle in review: its latest run is frozen as the published run, public and citable. Final.

            Examples:
              assess cycle publish kz-regions-2021 --reason "review window ended; 1 contest answered"
            """)
        {
            cycle, reason,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var found = await CycleReadCommands.FindAsync(connection, scope.Parse.GetValue(cycle)!, cancellationToken);
            var published = await MoveAsync(scope, connection, found, CycleState.Published, scope.Parse.GetValue(reason)!, cancellationToken);
            scope.Output.Profile.Out.Writer.WriteLine($"published run {published.PublishedRun}: /cycles/{published.CycleId}, open data /open-data/{published.CycleId}/run-{published.PublishedRun}.csv");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Move(CommandRunner runner)
    {
        var cycle = CycleCommand.CycleArgument();
        var to = new Option<string>("--to") { Description = "closed, draft, review or published", Required = true };
        to.AcceptOnlyFromAmong(CycleStateNames.Movable);
        var reason = Reason("moved with assess");
        var command = new Command("move", """
            Move a cycle one step: open -> closed -> draft -> review -> published, or review -> draft to compute a
            corrected run after an upheld contest.

            Examples:
              assess cycle move kz-regions-2021 --to draft --reason "contest 3 upheld: Akmola's corrected salary"
            """)
        {
            cycle, to, reason,
        };
        runner.SetAction(command, async (scope, cancellationToken) =>
        {
            using var connection = scope.Connect();
            var found = await CycleReadCommands.FindAsync(connection, scope.Parse.GetValue(cycle)!, cancellationToken);
            await MoveAsync(scope, connection, found, CycleStateNames.Parse(scope.Parse.GetValue(to)!), scope.Parse.GetValue(reason)!, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string> Reason(string fallback) =>
        new("--reason") { Description = "Why (kept in the cycle's history)", DefaultValueFactory = _ => fallback };

    private static async Task<Cycle> MoveAsync(CommandScope scope, GatewayConnection connection, Cycle cycle, CycleState to, string reason, CancellationToken cancellationToken)
    {
        var moved = await new Contracts.Scoring.Cycles.CyclesClient(connection.Invoker).MoveCycleAsync(
            new MoveCycleRequest { CycleId = cycle.CycleId, To = to, Reason = reason }, connection.Call(CycleCommand.Timeout, cancellationToken));
        var what = to switch
        {
            CycleState.Closed => $" (period {moved.Period} locked: feeds for it are refused)",
            CycleState.Draft => " (the latest run, visible to the bodies concerned)",
            CycleState.Review => " (bodies may now contest their scores)",
            _ => string.Empty,
        };
        scope.Output.Profile.Out.Writer.WriteLine($"{moved.CycleId}: {CycleStateNames.Of(cycle.State)} -> {CycleStateNames.Of(moved.State)}{what}");
        return moved;
    }

    private static async Task<bool> HasRunAsync(GatewayConnection connection, string cycleId, CancellationToken cancellationToken) =>
        (await new Scores.ScoresClient(connection.Invoker).ListRunsAsync(new ListRunsRequest { CycleId = cycleId },
            connection.Call(CycleCommand.Timeout, cancellationToken, tokenRequired: false))).Runs.Count > 0;
}
