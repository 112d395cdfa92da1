namespace Assessment.Cli.Tests.Commands;

public class ExitCodeTests
{
    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var (exit, _, error) = await TestEnvironment.RunAsync(TestEnvironment.With(), "push", "feed.csv", "--no-such-option");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--no-such-option", error);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var (exit, _, error) = await TestEnvironment.RunAsync(TestEnvironment.With(), "push", "/no/such/feed.csv");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("file not found", error);
    }

    [Fact]
    public async Task A_file_with_unreadable_values_is_rejected_before_sending_with_the_row()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "body,indicator,period,value\nKZ-11,avg_salary,2024,250155\nKZ-11,life_expectancy,2024,seventy\n");

        var (exit, output, _) = await TestEnvironment.RunAsync(TestEnvironment.With(), "push", file, "--gateway", "http://127.0.0.1:1", "--token", "t");

        Assert.Equal(ExitCodes.Rejected, exit);
        Assert.Contains(output.Split('\n'), l => l.Contains(" 3 ") && l.Contains("seventy") && l.Contains("not a finite number"));
    }

    [Fact]
    public async Task An_unreachable_gateway_is_a_connection_error()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "body,indicator,period,value\nKZ-11,avg_salary,2024,250155\n");

        var (exit, _, error) = await TestEnvironment.RunAsync(TestEnvironment.With(), "push", file, "--gateway", "http://127.0.0.1:1", "--token", "t");

        Assert.Equal(ExitCodes.Connection, exit);
        Assert.True(error.Contains("cannot reach the gateway at http://127.0.0.1:1", StringComparison.Ordinal), error);
    }

    [Fact]
    public async Task A_push_without_a_token_is_a_configuration_error()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "body,indicator,period,value\nKZ-11,avg_salary,2024,250155\n");

        var (exit, _, error) = await TestEnvironment.RunAsync(TestEnvironment.With(), "push", file, "--gateway", "http://127.0.0.1:1");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("ASSESS_TOKEN", error);
    }
}
