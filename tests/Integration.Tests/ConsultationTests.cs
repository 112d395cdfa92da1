using System.Net;
using System.Text.Json;
using Assessment.Contracts.Scoring;

namespace Assessment.Integration.Tests;

/// <summary>Consultation on a methodology version: who may comment, on what, the public thread, answers and comparison runs.</summary>
[Collection(SystemCollection.Name)]
public class ConsultationTests(RunningSystem system)
{
    private const string Text = "Crime counts favour small regions; please use crimes per 10,000 inhabitants instead.";
    private readonly ReportingCycles _cycles = new(system);
    private readonly ReportingApi _api = new(system);

    [Fact]
    public async Task A_cso_comments_on_an_indicator_and_everyone_reads_the_thread()
    {
        var cycle = await _cycles.EnsurePublishedAsync();
        var path = $"/api/v1/reporting/consultations/{cycle.MethodologyId}/{cycle.MethodologyVersion}/comments";

        var (response, comment) = await _api.PostAsync(path, new { targetKind = "indicator", target = "crime_amount", text = Text }, _api.CsoToken());
        var (listed, thread) = await _api.GetAsync(path, null);
        var page = await system.Gateway.GetStringAsync($"/methodologies/{cycle.MethodologyId}/{cycle.MethodologyVersion}?lang=en");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("cso-transparency-kz", comment.GetProperty("submittedBy").GetString());
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Contains(thread.GetProperty("comments").EnumerateArray(), c => c.GetProperty("id").GetString() == comment.GetProperty("id").GetString());
        Assert.Contains($"data-comment=\"{comment.GetProperty("id").GetString()}\"", page);
        Assert.Contains("Crime counts favour small regions", page);
    }

    [Fact]
    public async Task Only_registered_csos_and_admins_may_comment_and_only_on_what_the_methodology_has()
    {
        var cycle = await _cycles.EnsurePublishedAsync();
        var path = $"/api/v1/reporting/consultations/{cycle.MethodologyId}/{cycle.MethodologyVersion}/comments";
        var good = new { targetKind = "weight", target = "economy", text = Text };

        var anonymous = await _api.PostAsync(path, good, null);
        var reporter = await _api.PostAsync(path, good, system.ReporterToken("KZ-11"));
        var admin = await _api.PostAsync(path, good, system.AdminToken());
        var unknownTarget = await _api.PostAsync(path, new { targetKind = "indicator", target = "no_such_indicator", text = Text }, _api.CsoToken());
        var unknownKind = await _api.PostAsync(path, new { targetKind = "colour", target = "economy", text = Text }, _api.CsoToken());
        var unknownVersion = await _api.PostAsync($"/api/v1/reporting/consultations/{cycle.MethodologyId}/0.0-none/comments", good, _api.CsoToken());
        var rule = await _api.PostAsync(path, new { targetKind = "rule", target = "missing-data policy", text = Text }, _api.CsoToken());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reporter.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Created, admin.Response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownTarget.Response.StatusCode);
        Assert.Equal("target", unknownTarget.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.Response.StatusCode);
        Assert.Equal("targetKind", unknownKind.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknownVersion.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Created, rule.Response.StatusCode);
    }

    [Fact]
    public async Task An_admin_answers_in_public_with_the_rankings_under_a_candidate_version()
    {
        var cycle = await _cycles.EnsurePublishedAsync();
        var candidate = await RegisterCandidateAsync(cycle);
        var path = $"/api/v1/reporting/consultations/{cycle.MethodologyId}/{cycle.MethodologyVersion}/comments";
        var (_, comment) = await _api.PostAsync(path, new { targetKind = "weight", target = "economy", text = Text }, _api.CsoToken());
        var answerPath = $"/api/v1/reporting/comments/{comment.GetProperty("id").GetString()}/answer";
        var answer = new
        {
            text = "We simulated a lower economy weight; see the comparison attached.",
            comparison = new { candidateMethodologyId = cycle.MethodologyId, candidateVersion = candidate, cycleId = cycle.CycleId },
        };

        var byCso = await _api.PostAsync(answerPath, answer, _api.CsoToken());
        var (response, answered) = await _api.PostAsync(answerPath, answer, system.AdminToken());
        var again = await _api.PostAsync(answerPath, answer, system.AdminToken());

        Assert.Equal(HttpStatusCode.Forbidden, byCso.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.Response.StatusCode);
        var comparison = answered.GetProperty("comparison");
        Assert.Equal(cycle.MethodologyVersion, comparison.GetProperty("versionA").GetString());
        Assert.Equal(candidate, comparison.GetProperty("versionB").GetString());
        Assert.Equal(20, comparison.GetProperty("bodiesCompared").GetInt32());
        var shifts = comparison.GetProperty("shifts").EnumerateArray().ToList();
        Assert.Equal(20, shifts.Count);
        Assert.All(shifts, s => Assert.Equal(s.GetProperty("rankA").GetInt32() - s.GetProperty("rankB").GetInt32(), s.GetProperty("shift").GetInt32()));
        Assert.True(comparison.GetProperty("bodiesMoved").GetInt32() > 0, "moving 0.15 of weight from safety to economy must move some region");

        var (_, thread) = await _api.GetAsync(path, null);
        var listed = thread.GetProperty("comments").EnumerateArray().Single(c => c.GetProperty("id").GetString() == comment.GetProperty("id").GetString());
        Assert.Equal(answer.text, listed.GetProperty("answer").GetString());
        var page = await system.Gateway.GetStringAsync($"/methodologies/{cycle.MethodologyId}/{cycle.MethodologyVersion}?lang=en");
        Assert.Contains($"data-comparison=\"{cycle.CycleId}\"", page);
    }

    // A candidate version of the cycle's methodology that moves weight between two areas; registered once per run.
    private async Task<string> RegisterCandidateAsync(Cycle cycle)
    {
        var methodologies = new Methodologies.MethodologiesClient(system.GatewayGrpc);
        var current = await methodologies.GetMethodologyAsync(new GetMethodologyRequest { Id = cycle.MethodologyId, Version = cycle.MethodologyVersion },
            RunningSystem.WithToken(system.AdminToken()));
        // Versions are at most 32 characters of letters, digits, '.', '_' or '-'.
        var version = $"{cycle.MethodologyVersion}-c-{Guid.NewGuid():N}"[..32];
        var yaml = current.Yaml.Replace($"version: \"{cycle.MethodologyVersion}\"", $"version: \"{version}\"", StringComparison.Ordinal);
        var economy = yaml.IndexOf("weight: 0.3", yaml.IndexOf("code: economy", StringComparison.Ordinal), StringComparison.Ordinal);
        yaml = yaml[..economy] + "weight: 0.45" + yaml[(economy + "weight: 0.3".Length)..];
        var safety = yaml.IndexOf("weight: 0.25", yaml.IndexOf("code: safety_environment", StringComparison.Ordinal), StringComparison.Ordinal);
        yaml = yaml[..safety] + "weight: 0.1" + yaml[(safety + "weight: 0.25".Length)..];
        await methodologies.PublishMethodologyAsync(new PublishMethodologyRequest { Yaml = yaml }, RunningSystem.WithToken(system.AdminToken()));
        return version;
    }
}
