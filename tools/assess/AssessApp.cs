using System.CommandLine;
using Assessment.Cli.Commands;
using Assessment.Cli.Configuration;

namespace Assessment.Cli;

/// <summary>The `assess` command line: one subcommand per file in Commands/.</summary>
internal static class AssessApp
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var connection = new ConnectionOptions();
        var runner = new CommandRunner(environment, connection);
        var root = new RootCommand("""
            assess: the Assessment system's command line. Push feeds, follow your reporting, manage periods and tokens,
            and score files offline with the same engine as the scoring service.
            Connection: --gateway / ASSESS_GATEWAY (gRPC, default http://localhost:5081), --token / ASSESS_TOKEN,
            or {"gateway": ..., "token": ...} in ~/.config/assess/config.json (options win over environment over file).

            Examples:
              assess push feed.csv
              assess status --body KZ-11 --period 2025
              assess periods list --prefix 2025
              assess score -m methodologies/kz-regions.yaml -d regional-indicators.csv --id-column Region
            """);
        foreach (var option in connection.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(PushCommand.Create(runner));
        root.Subcommands.Add(StatusCommand.Create(runner));
        root.Subcommands.Add(PeriodsCommand.Create(runner));
        root.Subcommands.Add(TokenCommand.Create(runner));
        root.Subcommands.Add(CompletionCommand.Create(runner));
        return root;
    }

    /// <summary>Runs in-process with the given writers (used by Program and by tests).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, CliEnvironment.FromProcess(), CancellationToken.None).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var parse = Build(environment).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync("error: " + e.Message);
            }

            await error.WriteLineAsync("see: assess --help, or assess COMMAND --help");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
