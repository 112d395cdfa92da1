using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Assessment.Contracts.Indicators;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Npgsql;

namespace Assessment.Integration.Tests;

/// <summary>The credentials registry: admins issue registered credentials and revoke them; every service refuses a revoked token within seconds, without a restart.</summary>
[Collection(SystemCollection.Name)]
public class CredentialRevocationTests(RunningSystem system)
{
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(15);
    private const string Feed = "body,indicator,period,value\nKZ-11,avg_salary,2017,250000\n";

    [Fact]
    public async Task A_revoked_registered_credential_is_refused_at_the_gateway_and_at_the_services_without_a_restart()
    {
        var subject = "akmola-stat-" + Guid.NewGuid().ToString("N")[..6];
        var issued = await IssueAsync(new { subject, kind = "CLIENT", roles = new[] { "reporter" }, bodies = new[] { "KZ-11" }, lifetimeDays = 1, description = "Akmola statistics office" });
        var token = issued.GetProperty("token").GetString()!;
        var tokenId = issued.GetProperty("credential").GetProperty("tokenId").GetString()!;
        var indicators = system.ServiceHttp("indicators");

        Assert.Equal(HttpStatusCode.OK, (await DryRunFeed(system.Gateway, token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DryRunFeed(indicators, token)).StatusCode);

        await RevokeAsync(new { tokenId, reason = "system replaced" });

        var atGateway = await RefusedAsync(() => DryRunFeed(system.Gateway, token));
        var atIndicators = await RefusedAsync(() => DryRunFeed(indicators, token));
        Assert.Contains($"The token {tokenId} was revoked", atGateway);
        Assert.Contains($"The token {tokenId} was revoked", atIndicators);
        var grpc = await Assert.ThrowsAsync<RpcException>(() => new Feeds.FeedsClient(system.GatewayGrpc).SubmitAsync(
            new SubmitRequest { SubmissionId = "revoked-" + tokenId, Observations = { FeedClient.Value("KZ-11", "avg_salary", "2017", 1) } },
            RunningSystem.WithToken(token)).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, grpc.StatusCode);
        Assert.Contains("revoked", grpc.Status.Detail);

        var audit = await AdminGetAsync($"/api/v1/credentials/audit?subject={subject}");
        var actions = audit.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString())).ToList();
        Assert.Equal([("revoke-token", "test-admin"), ("issue", "test-admin")], actions);
        var listed = await AdminGetAsync($"/api/v1/credentials?subject={subject}&includeRevoked=true");
        Assert.NotEmpty(listed.GetProperty("credentials")[0].GetProperty("revokedAt").GetString()!);
    }

    [Fact]
    public async Task Revoking_a_subject_refuses_its_earlier_tokens_at_scoring_and_keeps_later_ones_working()
    {
        var subject = "centre-analyst-" + Guid.NewGuid().ToString("N")[..6];
        var before = system.Token(subject, [Roles.MethodologyAdmin]);
        var scoring = system.ServiceHttp("scoring");
        // A malformed cycle id: an admin gets 400 (nothing is created), a refused token 401.
        Assert.Equal(HttpStatusCode.BadRequest, (await OpenMalformedCycle(scoring, before)).StatusCode);

        await RevokeAsync(new { subject, reason = "left the centre" });
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // tokens carry whole seconds: the next one is issued after the revocation

        var refusal = await RefusedAsync(() => OpenMalformedCycle(scoring, before));
        Assert.Contains($"Every credential of '{subject}' issued until", refusal);
        var after = system.Token(subject, [Roles.MethodologyAdmin]);
        Assert.Equal(HttpStatusCode.BadRequest, (await OpenMalformedCycle(scoring, after)).StatusCode);
    }

    [Fact]
    public async Task The_credential_audit_is_append_only_in_the_database()
    {
        await IssueAsync(new { subject = "audit-probe", kind = "PERSON", roles = new[] { "analyst" }, lifetimeDays = 1 });
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("indicatorsdb"));
        await connection.OpenAsync();

        foreach (var sql in new[] { "UPDATE credential_audit SET actor = 'someone else'", "DELETE FROM credential_audit", "TRUNCATE credential_audit", "UPDATE catalogue_audit SET actor = 'x'" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", error.MessageText);
        }
    }

    [Fact]
    public async Task A_credential_with_bad_fields_is_refused_naming_each_field()
    {
        using var request = AdminRequest(HttpMethod.Post, "/api/v1/credentials",
            new { subject = "x'; DROP TABLE credentials;--", kind = "CLIENT", roles = new[] { "reporter", "root" }, bodies = new[] { "KZ-98" }, lifetimeDays = 400 });

        var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("subject 'x'; DROP TABLE credentials;--'", text);
        Assert.Contains("roles 'root': unknown role", text);
        Assert.Contains("bodies 'KZ-98': no such body", text);
        Assert.Contains("lifetime_days 400", text);
    }

    private Task<HttpResponseMessage> DryRunFeed(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feeds/csv?dryRun=true") { Content = new StringContent(Feed, Encoding.UTF8, "text/csv") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> OpenMalformedCycle(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/scoring/cycles") { Content = JsonContent.Create(new { cycleId = "X", period = "2017" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    /// <summary>Waits until the call is refused with 401 (revocations propagate by polling) and returns the problem's detail.</summary>
    private static async Task<string> RefusedAsync(Func<Task<HttpResponseMessage>> call) =>
        await Eventually.GetAsync(async () =>
        {
            using var response = await call();
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return null;
            }

            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        }, Propagation, "the revoked token to be refused");

    private async Task<JsonElement> IssueAsync(object body)
    {
        using var response = await system.Gateway.SendAsync(AdminRequest(HttpMethod.Post, "/api/v1/credentials", body));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task RevokeAsync(object body)
    {
        using var response = await system.Gateway.SendAsync(AdminRequest(HttpMethod.Post, "/api/v1/credentials/revoke", body));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> AdminGetAsync(string path)
    {
        using var response = await system.Gateway.SendAsync(AdminRequest(HttpMethod.Get, path, null));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private HttpRequestMessage AdminRequest(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", system.AdminToken());
        return request;
    }
}
