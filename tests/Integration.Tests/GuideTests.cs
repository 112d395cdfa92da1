using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Assessment.Integration.Tests;

/// <summary>
/// Runs every command of docs/guide.md, in order, against the running system (period 2021, cycle kz-regions-2021),
/// so the guide cannot go stale; then checks what the guide says the reader will see.
/// </summary>
[Collection(SystemCollection.Name)]
public partial class GuideTests(RunningSystem system, Xunit.Abstractions.ITestOutputHelper log)
{
    private const string ContestsTag = "contests";

    [Fact]
    public async Task Every_command_of_the_guide_runs_against_the_system_as_the_guide_says()
    {
        var root = RepositoryRoot();
        var script = GuideScript.Parse(await File.ReadAllTextAsync(Path.Combine(root, "docs", "guide.md")));
        Assert.True(script.Steps.Count >= 25, $"the guide has only {script.Steps.Count} runnable lines");
        Assert.Contains(script.Steps, s => s.Tag == ContestsTag);

        var work = Directory.CreateTempSubdirectory("assess-guide-").FullName;
        foreach (var folder in new[] { "data", "docs", "methodologies" })
        {
            Directory.CreateSymbolicLink(Path.Combine(work, folder), Path.Combine(root, folder));
        }

        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GATEWAY"] = system.App.GetEndpoint("gateway", "grpc").ToString().TrimEnd('/'),
            ["GATEWAY_HTTP"] = system.App.GetEndpoint("gateway", "http").ToString().TrimEnd('/'),
            ["ASSESS_SIGNING_KEY"] = system.SigningKey,
            ["ASSESS_CONFIG"] = Path.Combine(work, "no-config.json"),
        };
        var runs = new List<(string Line, CliRun Run)>();
        bool? contestsServed = null;
        foreach (var step in script.Steps)
        {
            // The contests API is reporting's; until it is served the contest steps are skipped (said in the test's output), never faked.
            if (step.Tag == ContestsTag && (contestsServed ??= await ContestsServedAsync(variables["GATEWAY_HTTP"])) == false)
            {
                log.WriteLine($"SKIPPED docs/guide.md line {step.LineNumber}: the reporting service does not serve /api/v1/reporting/cycles/{{cycle}}/contests yet: {step.Line}");
                continue;
            }

            var context = $"docs/guide.md line {step.LineNumber}: {step.Line}";
            var assignment = Assignment().Match(step.Line);
            if (assignment.Success && !assignment.Groups[2].Value.StartsWith("$(", StringComparison.Ordinal))
            {
                variables[assignment.Groups[1].Value] = string.Join(' ', GuideScript.Split(assignment.Groups[2].Value, variables).Words);
                continue;
            }

            var command = assignment.Success ? assignment.Groups[2].Value[2..^1] : step.Line;
            var (words, comment) = GuideScript.Split(command, variables);
            Assert.True(words.Count > 1 && words[0] == "assess", $"{context}: every runnable line is an assess command or a variable");
            var args = words.Skip(1).Select(w => InWorkFolder(work, w)).ToArray();
            var environment = variables.Where(v => v.Key.StartsWith("ASSESS_", StringComparison.Ordinal)).ToDictionary(v => v.Key, v => v.Value);

            var run = await CliHost.RunAsync(environment, args);

            var expected = ExitComment().Match(comment) is { Success: true } exits ? int.Parse(exits.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            Assert.True(run.Exit == expected, $"{context}\nexpected exit {expected}\n{run}");
            runs.Add((step.Line, run));
            if (assignment.Success)
            {
                variables[assignment.Groups[1].Value] = run.Output.Trim();
            }
        }

        string Output(string start) => runs.Single(r => r.Line.StartsWith(start, StringComparison.Ordinal)).Run.Output;
        string Exact(string line) => runs.Single(r => r.Line == line).Run.Output;
        string Lines(string start) => string.Join('\n', runs.Where(r => r.Line.StartsWith(start, StringComparison.Ordinal)).Select(r => r.Run.Output));

        Assert.Contains("17 bodies", Output("assess catalogue bodies --kind oblast"));
        Assert.Contains("avg_salary", Output("assess catalogue indicators"));
        Assert.Matches(@"accepted: \d+ values", Exact("assess push docs/guide/regional-indicators-2021.csv --period 2021"));
        var rejected = Output("assess push docs/guide/akmola-2021-correction.csv");
        Assert.Contains("nothing was stored", rejected);
        Assert.Contains(rejected.Split('\n'), l => l.TrimStart().StartsWith("3 ", StringComparison.Ordinal) && l.Contains("719") && l.Contains("out_of_range"));
        Assert.Contains("accepted: 2 values, 2 new revisions", Output("assess push docs/guide/akmola-2021-correction-fixed.csv"));
        Assert.Contains(Output("assess periods list --prefix 2021").Split('\n'), l => l.Contains("2021") && l.Contains("closed"));
        Assert.Contains("valid: kz-regions", Output("assess methodology validate"));
        var scores = Output("assess cycle scores kz-regions-2021");
        Assert.Contains(scores.Split('\n'), l => l.Contains("KZ-11") && RankInterval().IsMatch(l));
        Assert.Contains("sensitivity", Output("assess cycle uncertainty"));
        Assert.Contains(Output("assess cycle show kz-regions-2021").Split('\n'), l => l.Contains("draft") && l.Contains("review") && l.Contains("centre-admin"));
        Assert.Contains("draft -> review", Output("assess cycle close"));
        if (contestsServed == true)
        {
            Assert.Contains("rejected", Lines("assess contest list").Split("\n").Last(l => l.Contains("KZ-11")));
        }

        Assert.Contains("published run", Output("assess cycle publish"));

        Assert.Contains("<html", await File.ReadAllTextAsync(Path.Combine(work, "kz-regions-2021.html")));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(Path.Combine(work, "akmola-2021.pdf")))[..4]));
        var csv = await File.ReadAllLinesAsync(Path.Combine(work, "kz-regions-2021.csv"));
        Assert.Contains("body_code", csv[0]);
        Assert.Contains(csv, l => l.Contains("kz-regions-2021") && l.Contains(",KZ-11,"));
    }

    private Task<bool> ContestsServedAsync(string gatewayHttp) => ContestsApi.ServedAsync(system, $"{gatewayHttp}/api/v1/reporting/cycles/kz-regions-2021/contests");

    /// <summary>Relative file names in the guide are relative to the repository root; the work folder links to it, and outputs land there.</summary>
    private static string InWorkFolder(string work, string word) =>
        !word.StartsWith('-') && !Path.IsPathRooted(word) && !word.Contains(' ') && FileName().IsMatch(word) ? Path.Combine(work, word) : word;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assessment.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Assessment.sln not found");
    }

    [GeneratedRegex(@"^(?:export\s+)?([A-Z_][A-Z0-9_]*)=(.*)$")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^exits\s+(\d+)")]
    private static partial Regex ExitComment();

    [GeneratedRegex(@"^[\w./-]+\.(csv|json|yaml|html|pdf)$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"\s\d+-\d+\s")]
    private static partial Regex RankInterval();
}
