using System.CommandLine;

namespace Assessment.Cli.Commands.Cycles;

/// <summary>`assess cycle ...`: assessment cycles through the scoring service's Cycles and Scores gRPC services.</summary>
internal static class CycleCommand
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Computing a run or an uncertainty analysis on a whole cycle takes longer than a read.</summary>
    public static readonly TimeSpan ComputeTimeout = TimeSpan.FromMinutes(10);

    public static Command Create(CommandRunner runner)
    {
        var command = new Command("cycle", """
            Assessment cycles: a period scored under one methodology version, moving open -> closed (the period's data
            is locked) -> draft (scored, visible to the bodies concerned) -> review (bodies may contest) -> published.
            Reading is open to all (drafts need a token); opening, scoring and moving are for methodology admins.

            Examples:
              assess cycle list
              assess cycle open kz-regions-2021 --period 2021 --methodology kz-regions
              assess cycle score kz-regions-2021 --uncertainty 500
              assess cycle scores kz-regions-2021
              assess cycle close kz-regions-2021 --reason "collection ended"      (open -> closed -> draft -> review)
              assess cycle publish kz-regions-2021 --reason "review window ended, contests answered"
            """);
        command.Subcommands.Add(CycleReadCommands.List(runner));
        command.Subcommands.Add(CycleReadCommands.Show(runner));
        command.Subcommands.Add(CycleOpenCommand.Create(runner));
        command.Subcommands.Add(CycleScoreCommands.Score(runner));
        command.Subcommands.Add(CycleScoreCommands.Scores(runner));
        command.Subcommands.Add(CycleScoreCommands.Uncertainty(runner));
        command.Subcommands.Add(CycleMoveCommands.Close(runner));
        command.Subcommands.Add(CycleMoveCommands.Publish(runner));
        command.Subcommands.Add(CycleMoveCommands.Move(runner));
        return command;
    }

    public static Argument<string> CycleArgument() => new("CYCLE") { Description = "Cycle id, e.g. kz-regions-2021" };
}
