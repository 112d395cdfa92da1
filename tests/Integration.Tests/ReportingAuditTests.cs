using System.Net;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Assessment.Integration.Tests;

/// <summary>Every reporting write lands in an append-only audit log that only admins read.</summary>
[Collection(SystemCollection.Name)]
public class ReportingAuditTests(RunningSystem system)
{
    private readonly ReportingCycles _cycles = new(system);
    private readonly ReportingApi _api = new(system);

    [Fact]
    public async Task A_contest_and_its_answer_are_in_the_audit_log_which_only_admins_read()
    {
        var (cycle, _) = await _cycles.OpenInReviewAsync("rep-audit");
        var (_, contest) = await _api.PostAsync($"/api/v1/reporting/cycles/{cycle.CycleId}/contests",
            new { bodyCode = "KZ-11", area = "economy", reason = "Economy is scored on a salary series we dispute." }, system.ReporterToken("KZ-11"));
        var id = contest.GetProperty("id").GetString();
        await _api.PostAsync($"/api/v1/reporting/contests/{id}/answer", new { answer = "Upheld: the series will be corrected.", outcome = "upheld" }, system.AdminToken());

        var anonymous = await _api.GetAsync("/api/v1/reporting/audit", null);
        var reporter = await _api.GetAsync("/api/v1/reporting/audit", system.ReporterToken("KZ-11"));
        var (response, log) = await _api.GetAsync("/api/v1/reporting/audit?limit=1000", system.AdminToken());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reporter.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = log.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("subject").GetString() == $"contest/{id}").ToList();
        Assert.Equal(["contest.answered", "contest.submitted"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(["test-admin", "test-reporter-KZ-11"], entries.Select(e => e.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_audit_entries()
    {
        var cycle = await _cycles.EnsurePublishedAsync();
        await system.Gateway.GetAsync($"/open-data/{cycle.CycleId}/run-{cycle.PublishedRun}.csv");
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("reportingdb"));
        await connection.OpenAsync();
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM audit_log", connection))
        {
            Assert.True((long)(await count.ExecuteScalarAsync())! > 0, "the release record is audited");
        }

        foreach (var sql in new[] { "UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", error.MessageText);
        }
    }
}
