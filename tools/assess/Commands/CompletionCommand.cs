using System.CommandLine;

namespace Assessment.Cli.Commands;

/// <summary>`assess completion bash`: prints a completion script for the shell.</summary>
internal static class CompletionCommand
{
    public static Command Create(CommandRunner runner)
    {
        var shell = new Argument<string>("SHELL") { Description = "The shell: bash" };
        shell.AcceptOnlyFromAmong("bash");
        var command = new Command("completion", """
            Print a shell completion script (bash) for assess's commands and options.

            Examples:
              source <(assess completion bash)
              assess completion bash > ~/.local/share/bash-completion/completions/assess
            """)
        {
            shell,
        };
        runner.SetAction(command, async (scope, _) =>
        {
            await scope.Output.Profile.Out.Writer.WriteAsync(BashCompletionScript.For(scope.Parse.RootCommandResult.Command));
            return ExitCodes.Ok;
        });
        return command;
    }
}
