using System.Globalization;
using Aspire.Hosting.Testing;
using Assessment.Contracts.Scoring;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using StackExchange.Redis;

namespace Assessment.Integration.Tests;

[Collection(SystemCollection.Name)]
public partial class ReportingTests(RunningSystem system)
{
    private readonly ReportingCycles _cycles = new(system);

    [Fact]
    public async Task National_page_of_the_published_regional_cycle_ranks_the_20_regions()
    {
        await _cycles.EnsurePublishedAsync();

        var response = await system.Gateway.GetAsync($"/cycles/{ReportingCycles.Regions}?lang=en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Equal(20, BodyRow().Matches(html).Select(m => m.Groups[1].Value).Distinct().Count());
        Assert.Contains("data-peer-group=\"oblasts\"", html);
        Assert.Contains("data-peer-group=\"cities\"", html);
        Assert.Contains("data-state=\"PUBLISHED\"", html);
        // Nothing was reported for 2021, so there is no change since the previous period: shown as missing, never as 0.
        Assert.DoesNotContain(">0.00</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_switch_renders_the_page_in_russian_and_remembers_it()
    {
        await _cycles.EnsurePublishedAsync();

        var russian = await system.Gateway.GetAsync($"/cycles/{ReportingCycles.Regions}?lang=ru");
        var html = await russian.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains("Национальный рейтинг", html);
        Assert.Contains(russian.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lang=ru", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_of_the_published_run_carries_exactly_the_scores_scoring_returns()
    {
        var cycle = await _cycles.EnsurePublishedAsync();
        var scores = await _cycles.ScoresAsync(cycle.CycleId, cycle.PublishedRun);

        var response = await system.Gateway.GetAsync($"/open-data/{cycle.CycleId}/run-{cycle.PublishedRun}.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        Assert.Equal(scores.Bodies.Count, lines.Length - 1);
        foreach (var row in lines.Skip(1).Select(l => l.Split(',')))
        {
            var body = scores.Bodies.Single(b => b.BodyCode == row[Col("body_code")]);
            Assert.Equal($"{cycle.CycleId}/{cycle.MethodologyId}@{cycle.MethodologyVersion}/run-{cycle.PublishedRun}", row[Col("release_id")]);
            Assert.Equal(body.HasScore ? body.Score : (double?)null, row[Col("score")] is "" ? null : double.Parse(row[Col("score")], CultureInfo.InvariantCulture));
            Assert.Equal(body.Rank, int.Parse(row[Col("rank")], CultureInfo.InvariantCulture));
            Assert.Equal(body.Coverage, double.Parse(row[Col("coverage")], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Json_and_columns_description_of_a_release_are_citable()
    {
        var cycle = await _cycles.EnsurePublishedAsync();

        using var json = JsonDocument.Parse(await system.Gateway.GetStringAsync($"/open-data/{cycle.CycleId}/run-{cycle.PublishedRun}.json"));
        using var columns = JsonDocument.Parse(await system.Gateway.GetStringAsync($"/open-data/{cycle.CycleId}/run-{cycle.PublishedRun}.columns.json"));

        Assert.True(json.RootElement.GetProperty("release").GetProperty("published").GetBoolean());
        Assert.Equal(20, json.RootElement.GetProperty("rows").GetArrayLength());
        var described = columns.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(described, json.RootElement.GetProperty("rows")[0].EnumerateObject().Select(p => p.Name));
        var releaseId = json.RootElement.GetProperty("release").GetProperty("release_id").GetString()!;
        Assert.Equal($"{cycle.CycleId}/{cycle.MethodologyId}@{cycle.MethodologyVersion}/run-{cycle.PublishedRun}", releaseId);
        using var releases = JsonDocument.Parse(await system.Gateway.GetStringAsync("/api/v1/releases"));
        Assert.Contains(releaseId, releases.RootElement.EnumerateArray().Select(r => r.GetProperty("releaseId").GetString()));
    }

    [Fact]
    public async Task Body_page_traces_the_score_to_each_observation()
    {
        var cycle = await _cycles.EnsurePublishedAsync();
        var scores = await _cycles.ScoresAsync(cycle.CycleId, cycle.PublishedRun, lineage: true, body: "KZ-11");
        var indicator = scores.Bodies.Single().Indicators.First(i => i.Source is { SubmissionId.Length: > 0 });

        var html = await system.Gateway.GetStringAsync($"/cycles/{cycle.CycleId}/bodies/KZ-11?lang=en");

        Assert.Contains($"id=\"why-{indicator.Code}\"", html);
        Assert.Contains(WebUtility.HtmlEncode(indicator.Source.SubmissionId), html);
        var observation = await system.Gateway.GetStringAsync($"/cycles/{cycle.CycleId}/bodies/KZ-11/indicators/{indicator.Code}?lang=en");
        Assert.Contains(WebUtility.HtmlEncode(indicator.Source.Sender), observation);
    }

    [Fact]
    public async Task Draft_results_are_refused_to_anonymous_readers_and_shown_to_admins_and_the_body()
    {
        var (draft, run) = await _cycles.OpenDraftAsync("rep-draft");

        var anonymous = await system.Gateway.GetAsync($"/cycles/{draft.CycleId}?lang=en");
        var anonymousCsv = await system.Gateway.GetAsync($"/open-data/{draft.CycleId}/run-{run.RunNumber}.csv");
        var admin = await GetAsync($"/cycles/{draft.CycleId}?lang=en", system.AdminToken());
        var reporter = await GetAsync($"/cycles/{draft.CycleId}?lang=en", system.ReporterToken("KZ-11"));
        var otherBody = await GetAsync($"/cycles/{draft.CycleId}/bodies/KZ-15?lang=en", system.ReporterToken("KZ-11"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Sign-in required", await anonymous.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousCsv.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(20, BodyRow().Matches(await admin.Content.ReadAsStringAsync()).Count);
        Assert.True(admin.Headers.CacheControl is { Private: true, NoStore: true }, "a draft page must not be cached by anyone");
        Assert.Equal(["KZ-11"], BodyRow().Matches(await reporter.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value));
        Assert.Equal(HttpStatusCode.Forbidden, otherBody.StatusCode);
    }

    [Fact]
    public async Task Published_page_is_served_from_the_cache()
    {
        await _cycles.EnsurePublishedAsync();
        var path = $"/cycles/{ReportingCycles.Regions}?lang=kk";

        await system.Gateway.GetAsync(path);
        var second = await system.Gateway.GetAsync(path);

        Assert.Equal("hit", second.Headers.GetValues("X-Cache").Single());
        Assert.Contains("public", second.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_new_run_drops_the_cycles_cached_pages()
    {
        var cycle = await _cycles.OpenAsync("rep-cache");
        var redis = await ConnectionMultiplexer.ConnectAsync((await system.App.GetConnectionStringAsync("cache"))!);
        var marker = $"stale-{Guid.NewGuid():N}";
        await redis.GetDatabase().HashSetAsync($"reporting:pages:{cycle.CycleId}", $"en|/cycles/{cycle.CycleId}", $"<html>{marker}</html>");
        Assert.Contains(marker, await system.Gateway.GetStringAsync($"/cycles/{cycle.CycleId}?lang=en"));

        await _cycles.ComputeAsync(cycle.CycleId);

        try
        {
            await Eventually.GetAsync(async () =>
            {
                var response = await system.Gateway.GetAsync($"/cycles/{cycle.CycleId}?lang=en");
                var html = await response.Content.ReadAsStringAsync();
                return html.Contains(marker, StringComparison.Ordinal) ? null : html;
            }, TimeSpan.FromSeconds(30), "the stale page to be dropped after the new run");
        }
        catch (TimeoutException ex)
        {
            // Say whether the run was announced to reporting at all: the broker side or the cache side failed.
            var announced = await system.Gateway.GetStringAsync("/api/v1/runs");
            throw new TimeoutException($"{ex.Message} Runs reporting heard of: {announced}", ex);
        }
    }

    [Fact]
    public async Task Publishing_a_cycle_refreshes_the_cached_pages_of_the_methodologys_other_published_cycles()
    {
        // The published regional cycle's body page shows a trend over every published cycle of its methodology: a
        // publication elsewhere must not leave its cached copy behind. A planted stale copy shows whether it is dropped.
        await _cycles.EnsurePublishedAsync();
        var path = $"/cycles/{ReportingCycles.Regions}/bodies/KZ-11?lang=en";
        var redis = await ConnectionMultiplexer.ConnectAsync((await system.App.GetConnectionStringAsync("cache"))!);
        var marker = $"stale-{Guid.NewGuid():N}";
        await redis.GetDatabase().HashSetAsync($"reporting:pages:{ReportingCycles.Regions}", $"en|/cycles/{ReportingCycles.Regions}/bodies/KZ-11",
            $"<html>{marker}</html>");
        await Eventually.GetAsync(async () => (await system.Gateway.GetStringAsync(path)).Contains(marker, StringComparison.Ordinal) ? "planted" : null,
            TimeSpan.FromSeconds(10), "the planted copy to be served");

        var (other, _) = await _cycles.OpenInReviewAsync("rep-publish");
        await _cycles.MoveAsync(other.CycleId, CycleState.Published);

        var html = await Eventually.GetAsync(async () =>
        {
            var page = await system.Gateway.GetStringAsync(path);
            return page.Contains(marker, StringComparison.Ordinal) ? null : page;
        }, TimeSpan.FromSeconds(30), "the regional cycle's cached body page to be dropped after another cycle of its methodology was published");
        Assert.Contains("<svg class=\"trend\"", html);
    }

    [Fact]
    public async Task National_report_is_printed_as_pdf()
    {
        await _cycles.EnsurePublishedAsync();

        var response = await system.Gateway.GetAsync($"/cycles/{ReportingCycles.Regions}.pdf?lang=en");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task Home_page_lists_the_cycles_with_links_to_their_pages()
    {
        var html = await system.Gateway.GetStringAsync("/?lang=en");

        Assert.Contains($"href=\"/cycles/{ReportingCycles.Regions}?lang=en\"", html);
        Assert.Contains("<caption>", html);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await system.Gateway.SendAsync(request);
    }

    [GeneratedRegex("<tr data-body=\"([^\"]+)\"")]
    private static partial Regex BodyRow();
}
