namespace Assessment.Cli.Commands;

/// <summary>A command cannot do what was asked, for a reason it can state plainly (unknown cycle, no run yet); exit code 1 unless said.</summary>
internal sealed class CommandFailure(string message, int exitCode = ExitCodes.Rejected) : Exception(message)
{
    public int ExitCode => exitCode;
}
