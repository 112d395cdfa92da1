using Assessment.Cli.Configuration;

namespace Assessment.Cli;

/// <summary>
/// The CLI as a function of plain .NET types, for hosts that load the tool's assembly (the integration tests run it in
/// process this way): arguments, writers, environment variables and a cancellation token in; the exit code out.
/// </summary>
public static class AssessEntryPoint
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellationToken) =>
        AssessApp.RunAsync(args, output, error, CliEnvironment.From(name => environment.GetValueOrDefault(name), errorIsTerminal: false), cancellationToken);
}
