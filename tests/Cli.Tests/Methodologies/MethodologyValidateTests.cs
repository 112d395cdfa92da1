namespace Assessment.Cli.Tests.Methodologies;

public class MethodologyValidateTests
{
    [Fact]
    public async Task A_valid_file_is_summarised_and_exits_0()
    {
        var (exit, output, _) = await TestEnvironment.RunAsync(TestEnvironment.With(), "methodology", "validate",
            Path.Combine(RepositoryFiles.Root, "methodologies", "kz-regions.yaml"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("kz-regions.yaml: valid: kz-regions version 2024.1, 13 indicators, 6 areas, 4 bands, scale 0..100", output);
    }

    [Fact]
    public async Task Every_error_is_printed_with_file_line_and_column_and_exits_1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, "id: broken\nversion: \"1\"\nscale: {min: 0, max: lots}\n");

        var (exit, output, _) = await TestEnvironment.RunAsync(TestEnvironment.With(), "methodology", "validate", file);

        Assert.Equal(ExitCodes.Rejected, exit);
        var name = Path.GetFileName(file);
        Assert.Contains($"{name}:3:22: scale.max: expected a number, found 'lots'", output);
        Assert.Contains($"{name}:1:1: (top level): missing required key 'title'", output);
        Assert.Matches($"{name}: \\d+ errors", output);
    }

    [Fact]
    public async Task Diff_with_data_and_cycle_together_is_a_usage_error()
    {
        var regions = Path.Combine(RepositoryFiles.Root, "methodologies", "kz-regions.yaml");

        var (exit, _, error) = await TestEnvironment.RunAsync(TestEnvironment.With(), "methodology", "diff", regions, regions, "--data", RepositoryFiles.RegionalFile, "--cycle", "c");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("either --data", error);
    }
}
