namespace Assessment.Cli.Tests.Commands;

public class CompletionCommandTests
{
    [Fact]
    public async Task Prints_a_bash_script_offering_each_commands_subcommands_and_options()
    {
        var (exit, output, _) = await TestEnvironment.RunAsync(TestEnvironment.With(), "completion", "bash");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("complete -o default -F _assess_complete assess", output);
        Assert.Contains("\"\") opts=\"score push status periods catalogue report methodology cycle contest token completion", output);
        Assert.Matches("\" cycle\"\\) opts=\"list show open score scores uncertainty close publish move", output);
        Assert.Matches("\" report national\"\\) opts=\"[^\"]*--cycle[^\"]*--format[^\"]*--lang[^\"]*--out", output);
        Assert.Matches("\" methodology\"\\) opts=\"validate diff publish", output);
        Assert.Matches("\" contest\"\\) opts=\"submit list answer", output);
        Assert.Matches("\" push\"\\) opts=\"[^\"]*--dry-run[^\"]*--batch-size[^\"]*--token", output);
        Assert.Matches("\" periods\"\\) opts=\"list close reopen", output);
    }

    [Fact]
    public async Task Every_command_has_help_with_examples()
    {
        var commands = new List<string>();
        void Collect(System.CommandLine.Command command, string path)
        {
            foreach (var sub in command.Subcommands)
            {
                commands.Add((path + " " + sub.Name).Trim());
                Collect(sub, path + " " + sub.Name);
            }
        }

        Collect(AssessApp.Build(TestEnvironment.With()), string.Empty);
        Assert.Contains("report body", commands);
        Assert.Contains("cycle publish", commands);
        foreach (var command in commands)
        {
            var (exit, output, _) = await TestEnvironment.RunAsync(TestEnvironment.With(), [.. command.Split(' '), "--help"]);

            Assert.Equal(ExitCodes.Ok, exit);
            Assert.True(output.Contains("Examples:", StringComparison.Ordinal) && output.Contains("assess " + command, StringComparison.Ordinal), $"assess {command} --help:\n{output}");
        }
    }
}
