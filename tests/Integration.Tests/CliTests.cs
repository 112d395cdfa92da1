using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Assessment.Contracts.Indicators;
using Grpc.Core;

namespace Assessment.Integration.Tests;

/// <summary>The `assess` CLI, run in process against the running system through the gateway.</summary>
[Collection(SystemCollection.Name)]
public class CliTests(RunningSystem system)
{
    private static readonly string RegionalFile = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data", "demo", "kz-regions", "regional-indicators.csv");

    private Dictionary<string, string> Environment(string token) => new()
    {
        ["ASSESS_GATEWAY"] = system.App.GetEndpoint("gateway", "grpc").ToString(),
        ["ASSESS_TOKEN"] = token,
        ["ASSESS_CONFIG"] = Path.Combine(Path.GetTempPath(), "assess-cli-tests-no-config.json"),
    };

    private static async Task<string> FileWith(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"assess-cli-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    // Only the regional file's indicators: the demo data of other methodologies share the same years.
    private static readonly string[] RegionalIndicators = File.ReadLines(RegionalFile).First().Split(',').Skip(1).ToArray();

    private async Task<List<ObservationRecord>> CurrentAsync(string period, params string[] bodies)
    {
        using var call = new Observations.ObservationsClient(system.GatewayGrpc).StreamObservations(
            new ObservationQuery { Periods = { period }, BodyCodes = { bodies }, IndicatorCodes = { RegionalIndicators } }, RunningSystem.WithToken(system.AdminToken()));
        var records = new List<ObservationRecord>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            records.AddRange(page.Observations);
        }

        return records;
    }

    private async Task<int> RevisionsAsync(string body, string indicator, string period)
    {
        try
        {
            return (await new Observations.ObservationsClient(system.GatewayGrpc).GetHistoryAsync(
                new ObservationKey { BodyCode = body, IndicatorCode = indicator, Period = period }, RunningSystem.WithToken(system.AdminToken()))).Revisions.Count;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return 0;
        }
    }

    [Fact]
    public async Task A_push_of_the_regional_file_interrupted_half_way_and_rerun_stores_every_value_exactly_once()
    {
        var environment = Environment(system.AdminToken());
        string[] push = ["push", RegionalFile, "--period", "2025", "--batch-size", "25"];
        var filled = File.ReadAllLines(RegionalFile).Skip(1).Sum(line => line.Split(',').Skip(1).Count(cell => cell.Trim().Length > 0));

        using var cancel = new CancellationTokenSource();
        var cutOff = new CliCancellingWriter(cancel);
        var interrupted = await CliHost.RunAsync(environment, push, cutOff, cancel.Token);

        Assert.True(interrupted.Exit == 130, interrupted.ToString());
        Assert.InRange(cutOff.CancelledAfterValues!.Value, 1, filled - 1);
        var bodies = (await new Catalogue.CatalogueClient(system.GatewayGrpc).ListBodiesAsync(new ListBodiesRequest(), RunningSystem.WithToken(system.AdminToken())))
            .Bodies.Where(b => b.Kind is BodyKind.Oblast or BodyKind.CityOfRepublicanStatus).Select(b => b.Code).ToArray();
        Assert.Equal(20, bodies.Length);
        Assert.Empty(await CurrentAsync("2025", bodies));

        var rerun = await CliHost.RunAsync(environment, push);

        Assert.True(rerun.Exit == 0, rerun.ToString());
        Assert.Contains($"accepted: {filled:N0} values, 0 new revisions", rerun.Output);
        var stored = await CurrentAsync("2025", bodies);
        Assert.Equal(filled, stored.Count);
        Assert.All(stored, r => Assert.Equal(1, r.Revision));
        Assert.Equal(258941, stored.Single(r => r.BodyCode == "KZ-10" && r.IndicatorCode == "avg_salary").Value);
        Assert.Contains(stored, r => r.BodyCode == "KZ-71");

        var again = await CliHost.RunAsync(environment, push);

        Assert.True(again.Exit == 0, again.ToString());
        Assert.Contains("nothing new was stored", again.Output);
        Assert.Equal(filled, (await CurrentAsync("2025", bodies)).Count);
        foreach (var record in stored.Take(40))
        {
            Assert.Equal(1, await RevisionsAsync(record.BodyCode, record.IndicatorCode, "2025"));
        }
    }

    [Fact]
    public async Task A_rejected_push_exits_with_1_and_names_the_row_field_value_and_reason_and_stores_nothing()
    {
        var file = await FileWith("body,indicator,period,value\nKZ-11,avg_salary,2026,250155\nKZ-99,avg_salary,2026,1\nKZ-11,unemployment-rate,2026,140\n");

        var run = await CliHost.RunAsync(Environment(system.AdminToken()), ["push", file]);

        Assert.True(run.Exit == 1, run.ToString());
        var lines = run.Output.Split('\n');
        Assert.Contains("rejected: 2 errors; nothing was stored", run.Output);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("3 ", StringComparison.Ordinal) && l.Contains("KZ-99") && l.Contains("unknown_body"));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("4 ", StringComparison.Ordinal) && l.Contains("140") && l.Contains("out_of_range"));
        Assert.Equal(0, await RevisionsAsync("KZ-11", "avg_salary", "2026"));
    }

    [Fact]
    public async Task A_reporter_pushes_for_its_region_then_sees_its_completeness_and_current_values()
    {
        var environment = Environment(system.ReporterToken("KZ-15"));
        var file = await FileWith("indicator,value,unit\navg_salary,280000,\nlife_expectancy,72.9,years\nunemployment-rate,4.7,\n");

        var dryRun = await CliHost.RunAsync(environment, ["push", file, "--body", "KZ-15", "--period", "2027", "--dry-run"]);
        Assert.True(dryRun.Exit == 0, dryRun.ToString());
        Assert.Contains("validated (dry run, nothing stored): 3 values", dryRun.Output);

        var push = await CliHost.RunAsync(environment, ["push", file, "--body", "KZ-15", "--period", "2027"]);
        Assert.True(push.Exit == 0, push.ToString());
        Assert.Contains("accepted: 3 values", push.Output);

        var status = await CliHost.RunAsync(environment, ["status", "--body", "KZ-15", "--period", "2027"]);

        Assert.True(status.Exit == 0, status.ToString());
        var lines = status.Output.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("current values 3", lines);
        Assert.Contains("received 3", lines);
        // 17 regional statistics and 17 assessment-block indicators are reported yearly by oblasts.
        Assert.Contains("expected values 34", lines);
        var missing = status.Output[status.Output.IndexOf("missing", StringComparison.Ordinal)..];
        Assert.True(missing.Contains("gdp_per_capita", StringComparison.Ordinal) && !missing.Contains("avg_salary", StringComparison.Ordinal), status.ToString());
    }

    [Fact]
    public async Task An_admin_closes_a_period_pushes_are_then_refused_and_reopening_lets_them_in()
    {
        var environment = Environment(system.AdminToken());
        var file = await FileWith("body,indicator,period,value\nKZ-23,avg_salary,2028,270000\n");

        var closed = await CliHost.RunAsync(environment, ["periods", "close", "2028", "--reason", "cli test: collection ended"]);
        Assert.True(closed.Exit == 0, closed.ToString());
        Assert.Contains(closed.Output.Split('\n'), l => l.Contains("2028") && l.Contains("closed"));

        var refused = await CliHost.RunAsync(environment, ["push", file]);
        Assert.True(refused.Exit == 1, refused.ToString());
        Assert.Contains("period_closed", refused.Output);

        var reopened = await CliHost.RunAsync(environment, ["periods", "reopen", "2028", "--reason", "cli test: correction approved"]);
        Assert.True(reopened.Exit == 0, reopened.ToString());
        var listed = await CliHost.RunAsync(environment, ["periods", "list", "--prefix", "2028"]);
        Assert.Contains(listed.Output.Split('\n'), l => l.Contains("2028") && l.Contains("open"));

        var accepted = await CliHost.RunAsync(environment, ["push", file]);
        Assert.True(accepted.Exit == 0, accepted.ToString());
    }

    [Fact]
    public async Task A_bad_token_is_a_usage_error_and_a_push_for_a_body_the_token_does_not_cover_is_rejected()
    {
        var file = await FileWith("body,indicator,period,value\nKZ-11,avg_salary,2029,250155\n");

        var refused = await CliHost.RunAsync(Environment("not-a-token"), ["push", file]);

        Assert.True(refused.Exit == 2, refused.ToString());
        Assert.Contains("refused the token", refused.Error);
        var reporter = await CliHost.RunAsync(Environment(system.ReporterToken("KZ-15")), ["push", file]);
        Assert.True(reporter.Exit == 1, reporter.ToString());
        Assert.Contains("not_entitled", reporter.Output + reporter.Error);
    }
}
