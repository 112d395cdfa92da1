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
            assess: the Assessment system's command line. Read the catalogue, push feeds, follow your reporting, manage
            periods, methodologies, cycles, contests and tokens, fetch reports, and score files offline with the same
            engine as the scoring service. A walkthrough of a whole assessment cycle: docs/guide.md.
            Connection: --gateway / ASSESS_GATEWAY (gRPC, default http://localhost:5081), --gateway-http /
            ASSESS_GATEWAY_HTTP (pages, reports, contests; default http://localhost:5080), --token / ASSESS_TOKEN, or
            {"gateway": ..., "gatewayHttp": ..., "token": ...} in ~/.config/assess/config.json (options win over
            environment over file).

            Examples:
              assess push feed.csv
              assess status --body KZ-11 --period 2025
              assess periods list --prefix 2025
              assess score -m methodologies/kz-regions.yaml -d regional-indicators.csv --id-column Region
              assess methodology validate methodologies/kz-regions.yaml
              assess cycle close kz-regions-2021 --reason "collection ended"
              assess report national --cycle kz-regions-2022 --format pdf --lang en --out national.pdf
            """);
        foreach (var option in connection.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(PushCommand.Create(runner));
        root.Subcommands.Add(StatusCommand.Create(runner));
        root.Subcommands.Add(PeriodsCommand.Create(runner));
        root.Subcommands.Add(CatalogueCommand.Create(runner));
        root.Subcommands.Add(ReportCommand.Create(runner));
        root.Subcommands.Add(MethodologyCommand.Create(runner));
        root.Subcommands.Add(Commands.Cycles.CycleCommand.Create(runner));
        root.Subcommands.Add(ContestCommand.Create(runner));
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
