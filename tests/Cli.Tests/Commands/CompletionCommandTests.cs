namespace Assessment.Cli.Tests.Commands;

public class CompletionCommandTests
{
    [Fact]
    public async Task Prints_a_bash_script_offering_each_commands_subcommands_and_options()
    {
        var (exit, output, _) = await TestEnvironment.RunAsync(TestEnvironment.With(), "completion", "bash");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("complete -o default -F _assess_complete assess", output);
        Assert.Contains("\"\") opts=\"score push status periods token completion", output);
        Assert.Matches("\" push\"\\) opts=\"[^\"]*--dry-run[^\"]*--batch-size[^\"]*--token", output);
        Assert.Matches("\" periods\"\\) opts=\"list close reopen", output);
    }

    [Fact]
    public async Task Every_command_has_help_with_examples()
    {
        foreach (var command in new[] { "push", "status", "periods", "periods list", "periods close", "token", "token issue", "completion", "score" })
        {
            var (exit, output, _) = await TestEnvironment.RunAsync(TestEnvironment.With(), [.. command.Split(' '), "--help"]);

            Assert.Equal(ExitCodes.Ok, exit);
            Assert.Contains("Examples:", output);
        }
    }
}
