using System.Net;
using System.Text.Json;
using Assessment.Contracts.Scoring;

namespace Assessment.Integration.Tests;

/// <summary>Right of reply: who may contest, when, what, and who sees the log before and after publication.</summary>
[Collection(SystemCollection.Name)]
public class ContestTests(RunningSystem system)
{
    private const string Reason = "The 2022 salary figure excludes the quasi-public sector; the statistics office revised it upwards.";
    private readonly ReportingCycles _cycles = new(system);
    private readonly ReportingApi _api = new(system);

    [Fact]
    public async Task A_reporter_contests_an_indicator_of_its_own_body_during_review()
    {
        var (cycle, _) = await _cycles.OpenInReviewAsync("rep-contest");

        var (response, contest) = await _api.PostAsync($"/api/v1/reporting/cycles/{cycle.CycleId}/contests",
            new { bodyCode = "KZ-11", indicatorCode = "avg_salary", reason = Reason }, system.ReporterToken("KZ-11"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(cycle.CycleId, contest.GetProperty("cycleId").GetString());
        Assert.Equal("KZ-11", contest.GetProperty("bodyCode").GetString());
        Assert.Equal("avg_salary", contest.GetProperty("indicatorCode").GetString());
        Assert.Equal(JsonValueKind.Null, contest.GetProperty("area").ValueKind);
        Assert.Equal("open", contest.GetProperty("status").GetString());
        Assert.Equal("test-reporter-KZ-11", contest.GetProperty("submittedBy").GetString());
        foreach (var unanswered in new[] { "answer", "outcome", "answeredBy", "answeredAt" })
        {
            Assert.Equal(JsonValueKind.Null, contest.GetProperty(unanswered).ValueKind);
        }
    }

    [Fact]
    public async Task Only_the_body_concerned_or_an_admin_may_contest()
    {
        var (cycle, _) = await _cycles.OpenInReviewAsync("rep-contest-who");
        var path = $"/api/v1/reporting/cycles/{cycle.CycleId}/contests";
        var body = new { bodyCode = "KZ-11", area = "economy", reason = Reason };

        var anonymous = await _api.PostAsync(path, body, null);
        var otherBody = await _api.PostAsync(path, body, system.ReporterToken("KZ-15"));
        var cso = await _api.PostAsync(path, body, _api.CsoToken());
        var admin = await _api.PostAsync(path, body, system.AdminToken());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherBody.Response.StatusCode);
        Assert.Contains("KZ-11", otherBody.Body.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, cso.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Created, admin.Response.StatusCode);
        Assert.Equal("economy", admin.Body.GetProperty("area").GetString());
    }

    [Fact]
    public async Task Contests_are_refused_outside_the_review_window()
    {
        var (draft, _) = await _cycles.OpenDraftAsync("rep-contest-open");
        var published = await _cycles.EnsurePublishedAsync();
        var body = new { bodyCode = "KZ-11", reason = Reason };

        var beforeReview = await _api.PostAsync($"/api/v1/reporting/cycles/{draft.CycleId}/contests", body, system.ReporterToken("KZ-11"));
        var afterPublication = await _api.PostAsync($"/api/v1/reporting/cycles/{published.CycleId}/contests", body, system.ReporterToken("KZ-11"));

        Assert.Equal(HttpStatusCode.Conflict, beforeReview.Response.StatusCode);
        Assert.Equal("application/problem+json", beforeReview.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("is OPEN", beforeReview.Body.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, afterPublication.Response.StatusCode);
        Assert.Contains("is PUBLISHED", afterPublication.Body.GetProperty("detail").GetString());
        var (_, log) = await _api.GetAsync($"/api/v1/reporting/cycles/{draft.CycleId}/contests", system.AdminToken());
        Assert.Equal(0, log.GetProperty("contests").GetArrayLength());
    }

    [Fact]
    public async Task Rejects_a_contest_naming_what_the_scores_do_not_have_and_stores_nothing()
    {
        var (cycle, _) = await _cycles.OpenInReviewAsync("rep-contest-bad");
        (string Body, string? Indicator, string? Area, string Reason, string Field)[] cases =
        [
            ("KZ-11", "no_such_indicator", null, Reason, "indicatorCode"),
            ("KZ-11", null, "no_such_area", Reason, "area"),
            ("KZ-11", "avg_salary", null, "too short", "reason"),
            ("KZ-11", null, null, new string('x', 4001), "reason"),
            ("", null, null, Reason, "bodyCode"),
        ];

        foreach (var bad in cases)
        {
            var (response, problem) = await _api.PostAsync($"/api/v1/reporting/cycles/{cycle.CycleId}/contests",
                new { bodyCode = bad.Body, indicatorCode = bad.Indicator, area = bad.Area, reason = bad.Reason }, system.AdminToken());

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(bad.Field, problem.GetProperty("field").GetString());
        }

        var (_, log) = await _api.GetAsync($"/api/v1/reporting/cycles/{cycle.CycleId}/contests", system.AdminToken());
        Assert.Equal(0, log.GetProperty("contests").GetArrayLength());
    }

    [Fact]
    public async Task An_admin_answers_a_contest_once()
    {
        var (cycle, _) = await _cycles.OpenInReviewAsync("rep-contest-answer");
        var (_, contest) = await _api.PostAsync($"/api/v1/reporting/cycles/{cycle.CycleId}/contests",
            new { bodyCode = "KZ-11", indicatorCode = "avg_salary", reason = Reason }, system.ReporterToken("KZ-11"));
        var path = $"/api/v1/reporting/contests/{contest.GetProperty("id").GetString()}/answer";
        var answer = new { answer = "The revised figure arrived after the period closed; it will count in 2023.", outcome = "rejected" };

        var byReporter = await _api.PostAsync(path, answer, system.ReporterToken("KZ-11"));
        var badOutcome = await _api.PostAsync(path, new { answer.answer, outcome = "maybe" }, system.AdminToken());
        var first = await _api.PostAsync(path, answer, system.AdminToken());
        var second = await _api.PostAsync(path, new { answer.answer, outcome = "upheld" }, system.AdminToken());

        Assert.Equal(HttpStatusCode.Forbidden, byReporter.Response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badOutcome.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        Assert.Equal("rejected", first.Body.GetProperty("outcome").GetString());
        Assert.Equal("answered", first.Body.GetProperty("status").GetString());
        Assert.Equal("test-admin", first.Body.GetProperty("answeredBy").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.Response.StatusCode);
    }

    [Fact]
    public async Task The_contest_log_is_private_in_review_and_public_once_published()
    {
        var (cycle, _) = await _cycles.OpenInReviewAsync("rep-contest-log");
        var path = $"/api/v1/reporting/cycles/{cycle.CycleId}/contests";
        await _api.PostAsync(path, new { bodyCode = "KZ-11", indicatorCode = "avg_salary", reason = Reason }, system.ReporterToken("KZ-11"));
        await _api.PostAsync(path, new { bodyCode = "KZ-15", reason = Reason }, system.ReporterToken("KZ-15"));

        var anonymous = await _api.GetAsync(path, null);
        var reporter = await _api.GetAsync(path, system.ReporterToken("KZ-11"));
        var admin = await _api.GetAsync(path, system.AdminToken());
        var otherReporterPage = await GetPageAsync($"/cycles/{cycle.CycleId}/bodies/KZ-11?lang=en", system.ReporterToken("KZ-11"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Response.StatusCode);
        Assert.Equal(["KZ-11"], Bodies(reporter.Body));
        Assert.Equal(["KZ-11", "KZ-15"], Bodies(admin.Body));
        Assert.Contains("data-contest", otherReporterPage);

        await _cycles.MoveAsync(cycle.CycleId, CycleState.Published);

        var published = await _api.GetAsync(path, null);
        var page = await system.Gateway.GetStringAsync($"/cycles/{cycle.CycleId}/bodies/KZ-11?lang=en");
        Assert.Equal(HttpStatusCode.OK, published.Response.StatusCode);
        Assert.Equal(["KZ-11", "KZ-15"], Bodies(published.Body));
        Assert.Contains("The 2022 salary figure excludes the quasi-public sector", page);
    }

    private static List<string?> Bodies(JsonElement log) =>
        log.GetProperty("contests").EnumerateArray().Select(c => c.GetProperty("bodyCode").GetString()).Order(StringComparer.Ordinal).ToList();

    private async Task<string> GetPageAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var response = await system.Gateway.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
