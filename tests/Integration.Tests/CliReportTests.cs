namespace Assessment.Integration.Tests;

/// <summary>`assess report` against the running portal and open data: the published regional cycle, and a fresh draft.</summary>
[Collection(SystemCollection.Name)]
public class CliReportTests(RunningSystem system)
{
    private readonly ReportingCycles _cycles = new(system);

    private static string OutFile(string extension) => Path.Combine(Path.GetTempPath(), $"assess-report-{Guid.NewGuid():N}.{extension}");

    [Fact]
    public async Task Fetches_the_national_page_in_english_and_a_body_report_as_pdf_for_a_published_cycle_without_a_token()
    {
        var published = await _cycles.EnsurePublishedAsync();
        var html = OutFile("html");
        var pdf = OutFile("pdf");

        var national = await CliHost.RunAsync(CliVariables.For(system, null),
            ["report", "national", "--cycle", ReportingCycles.Regions, "--format", "html", "--lang", "en", "--out", html]);
        var body = await CliHost.RunAsync(CliVariables.For(system, null),
            ["report", "body", "KZ-11", "--cycle", ReportingCycles.Regions, "--format", "pdf", "--lang", "kk", "--out", pdf]);

        Assert.True(national.Exit == 0, national.ToString());
        Assert.Contains($"national report, cycle {ReportingCycles.Regions} (published), html, en: {html}", national.Output);
        var page = await File.ReadAllTextAsync(html);
        Assert.Contains("lang=\"en\"", page);
        Assert.Contains("Akmola", page);
        Assert.True(body.Exit == 0, body.ToString());
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf))[..4]));
        Assert.False(File.Exists(pdf + ".part"));
        Assert.True(published.PublishedRun > 0);
    }

    [Fact]
    public async Task A_body_report_as_csv_or_json_is_that_body_s_row_of_the_published_run_s_open_data()
    {
        var published = await _cycles.EnsurePublishedAsync();
        var csv = OutFile("csv");
        var json = OutFile("json");

        var csvRun = await CliHost.RunAsync(CliVariables.For(system, null), ["report", "body", "KZ-75", "--cycle", ReportingCycles.Regions, "--format", "csv", "--out", csv]);
        var jsonRun = await CliHost.RunAsync(CliVariables.For(system, null), ["report", "body", "KZ-75", "--cycle", ReportingCycles.Regions, "--format", "json", "--out", json]);

        Assert.True(csvRun.Exit == 0, csvRun.ToString());
        Assert.Contains($"run {published.PublishedRun}", csvRun.Output);
        var lines = (await File.ReadAllLinesAsync(csv)).Where(l => l.Length > 0).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("release_id,", lines[0]);
        Assert.Contains(",KZ-75,", lines[1]);
        Assert.True(jsonRun.Exit == 0, jsonRun.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var row = Assert.Single(document.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("KZ-75", row.GetProperty("body_code").GetString());
        Assert.Equal(published.PublishedRun, document.RootElement.GetProperty("release").GetProperty("run_number").GetInt32());
    }

    [Fact]
    public async Task A_draft_needs_a_token_an_unknown_cycle_or_body_is_named_and_nothing_is_written()
    {
        var (draft, run) = await _cycles.OpenDraftAsync("cli-report");
        var csv = OutFile("csv");

        var anonymous = await CliHost.RunAsync(CliVariables.For(system, null), ["report", "national", "--cycle", draft.CycleId, "--format", "csv", "--out", csv]);
        Assert.True(anonymous.Exit == 2, anonymous.ToString());
        Assert.Contains("is not published", anonymous.Error);
        Assert.Contains("hint: pass --token", anonymous.Error);
        Assert.False(File.Exists(csv));

        var anonymousPage = await CliHost.RunAsync(CliVariables.For(system, null), ["report", "national", "--cycle", draft.CycleId, "--format", "html", "--out", csv]);
        Assert.True(anonymousPage.Exit == 2, anonymousPage.ToString());
        Assert.False(File.Exists(csv));

        var admin = await CliHost.RunAsync(CliVariables.For(system, system.AdminToken()), ["report", "national", "--cycle", draft.CycleId, "--format", "csv", "--out", csv]);
        Assert.True(admin.Exit == 0, admin.ToString());
        Assert.Contains($"(open), csv, run {run.RunNumber}", admin.Output);
        Assert.Equal(run.BodyCount + 1, (await File.ReadAllLinesAsync(csv)).Count(l => l.Length > 0));

        var unknownCycle = await CliHost.RunAsync(CliVariables.For(system, null), ["report", "national", "--cycle", "no-such-cycle", "--out", OutFile("html")]);
        Assert.True(unknownCycle.Exit == 1, unknownCycle.ToString());
        Assert.Contains("no cycle 'no-such-cycle'", unknownCycle.Error);

        var unknownBody = await CliHost.RunAsync(CliVariables.For(system, null), ["report", "body", "KZ-99", "--cycle", ReportingCycles.Regions, "--out", OutFile("html")]);
        Assert.True(unknownBody.Exit == 1, unknownBody.ToString());
        Assert.Contains("no body 'KZ-99'", unknownBody.Error);
    }
}
