namespace Assessment.Integration.Tests;

/// <summary>`assess methodology validate|diff|publish` against the scoring service (a methodology id of its own, so no other cycle sees it).</summary>
[Collection(SystemCollection.Name)]
public class CliMethodologyTests(RunningSystem system)
{
    private static readonly string Regions = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "methodologies", "kz-regions.yaml");

    /// <summary>The regional methodology under another id and version, with economy weighing more and safety less.</summary>
    private static async Task<string> VariantAsync(string id, string version, bool reweighted)
    {
        var text = (await File.ReadAllTextAsync(Regions))
            .Replace("id: kz-regions", $"id: {id}", StringComparison.Ordinal)
            .Replace("version: \"2024.1\"", $"version: \"{version}\"", StringComparison.Ordinal);
        if (reweighted)
        {
            text = text.Replace("    weight: 0.3\n    weights: equal\n    indicators: [avg_salary", "    weight: 0.4\n    weights: equal\n    indicators: [avg_salary", StringComparison.Ordinal)
                .Replace("weight: 0.25", "weight: 0.15", StringComparison.Ordinal);
        }

        var path = Path.Combine(Path.GetTempPath(), $"{id}-{version}-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    [Fact]
    public async Task Publishes_two_versions_then_diffs_them_with_the_ranking_shift_computed_by_the_scoring_service()
    {
        var id = $"cli-regions-{Guid.NewGuid():N}"[..20];
        var v1 = await VariantAsync(id, "1.0", reweighted: false);
        var v2 = await VariantAsync(id, "2.0", reweighted: true);
        var admin = CliVariables.For(system, system.AdminToken());

        var first = await CliHost.RunAsync(admin, ["methodology", "publish", v1]);
        var second = await CliHost.RunAsync(admin, ["methodology", "publish", v2]);
        var again = await CliHost.RunAsync(admin, ["methodology", "publish", v2]);

        Assert.True(first.Exit == 0, first.ToString());
        Assert.Contains($"published {id} version 1.0", first.Output);
        Assert.True(second.Exit == 0 && again.Exit == 0, second + "\n" + again);

        var diff = await CliHost.RunAsync(admin, ["methodology", "diff", v1, v2, "--cycle", ReportingCycles.Regions]);

        Assert.True(diff.Exit == 0, diff.ToString());
        var lines = diff.Output.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains("~ economy: weight 0.3 -> 0.4", lines);
        Assert.Contains("~ safety_environment: weight 0.25 -> 0.15", lines);
        Assert.Contains(lines, l => l.StartsWith("ranking shift (scoring service, data of cycle kz-regions-2022): 20 bodies,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("KZ-", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(l, @"\s[+-]\d+\s"));

        var offline = await CliHost.RunAsync(admin, ["methodology", "diff", v1, v2, "--data",
            Path.Combine(Path.GetDirectoryName(Regions)!, "..", "data", "demo", "kz-regions", "regional-indicators.csv")]);
        Assert.True(offline.Exit == 0, offline.ToString());
        Assert.Contains("ranking shift (offline on regional-indicators.csv): 20 bodies", offline.Output);
    }

    [Fact]
    public async Task An_invalid_file_is_reported_with_line_and_column_and_never_sent_and_a_changed_published_version_is_refused()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(Regions)).Replace("scale: {min: 0, max: 100, rounding: 1}", "scale: {min: 0, max: lots, rounding: 1}", StringComparison.Ordinal));
        var admin = CliVariables.For(system, system.AdminToken());

        var validate = await CliHost.RunAsync(admin, ["methodology", "validate", broken]);
        var publish = await CliHost.RunAsync(admin, ["methodology", "publish", broken]);

        Assert.True(validate.Exit == 1, validate.ToString());
        var line = File.ReadAllLines(broken).ToList().FindIndex(l => l.Contains("lots", StringComparison.Ordinal)) + 1;
        Assert.Contains(validate.Output.Split('\n'), l => l.StartsWith($"{Path.GetFileName(broken)}:{line}:", StringComparison.Ordinal) && l.Contains("scale.max") && l.Contains("lots"));
        Assert.True(publish.Exit == 1, publish.ToString());
        Assert.DoesNotContain("published", publish.Output);

        var id = $"cli-fixed-{Guid.NewGuid():N}"[..18];
        var original = await VariantAsync(id, "1.0", reweighted: false);
        var changed = await VariantAsync(id, "1.0", reweighted: true);
        Assert.Equal(0, (await CliHost.RunAsync(admin, ["methodology", "publish", original])).Exit);

        var refused = await CliHost.RunAsync(admin, ["methodology", "publish", changed]);

        Assert.True(refused.Exit == 1, refused.ToString());
        Assert.Contains("already registered with other text", refused.Error);
        var reporter = await CliHost.RunAsync(CliVariables.For(system, system.ReporterToken("KZ-11")), ["methodology", "publish", original]);
        Assert.True(reporter.Exit == 1, reporter.ToString());
        Assert.Contains("not allowed", reporter.Error);
    }
}
