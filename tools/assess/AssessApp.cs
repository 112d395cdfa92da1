using System.CommandLine;
using Assessment.Cli.Commands;

namespace Assessment.Cli;

/// <summary>The `assess` command line: one subcommand per file in Commands/, so more can be added beside `score`.</summary>
internal static class AssessApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("assess: the Assessment system's command line (scores files offline with the same engine as the scoring service)");
        root.Subcommands.Add(ScoreCommand.Create());
        return root;
    }

    /// <summary>Runs in-process with the given writers (used by Program and by tests).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
}
