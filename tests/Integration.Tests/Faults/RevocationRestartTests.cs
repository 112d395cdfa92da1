using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting;

namespace Assessment.Integration.Tests.Faults;

/// <summary>
/// Revocations are kept in indicators' database, and every process reads them again when it starts (it is not ready,
/// and refuses tokens with 503, until it has): a restart does not forget a revocation.
/// </summary>
[Collection(FaultCollection.Name)]
public class RevocationRestartTests(FaultSystem system)
{
    private const string Feed = "body,indicator,period,value\nKZ-11,avg_salary,2017,250000\n";
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_revoked_credential_stays_refused_after_indicators_and_the_gateway_restart()
    {
        var (revoked, revokedId) = await IssueAsync("restart-revoked");
        var (kept, _) = await IssueAsync("restart-kept");
        await RevokeAsync(revokedId);
        await Eventually.GetAsync(async () =>
        {
            using var response = await DryRunFeed(system.Gateway, revoked);
            return response.StatusCode == HttpStatusCode.Unauthorized ? "refused" : null;
        }, Propagation, "the revocation to reach the gateway");

        await system.StopAsync("gateway");
        await system.StopAsync("indicators");
        await system.StartAsync("indicators");
        await system.StartAsync("gateway");

        // No waiting here: a restarted process is ready only once it has read the revocations again.
        foreach (var (name, client) in new[] { ("gateway", system.Gateway), ("indicators", system.ServiceHttp("indicators")) })
        {
            using var refused = await DryRunFeed(client, revoked);
            using var accepted = await DryRunFeed(client, kept);
            Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{name}: the revoked token got {refused.StatusCode}");
            Assert.Contains($"The token {revokedId} was revoked", await refused.Content.ReadAsStringAsync());
            Assert.True(accepted.StatusCode == HttpStatusCode.OK, $"{name}: the kept token got {accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync()}");
        }
    }

    private static Task<HttpResponseMessage> DryRunFeed(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feeds/csv?dryRun=true") { Content = new StringContent(Feed, Encoding.UTF8, "text/csv") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    private async Task<(string Token, string TokenId)> IssueAsync(string prefix)
    {
        var issued = await AdminPostAsync("/api/v1/credentials", new
        {
            subject = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 7)],
            kind = "CLIENT",
            roles = new[] { "reporter" },
            bodies = new[] { "KZ-11" },
            lifetimeDays = 1,
        });
        return (issued.GetProperty("token").GetString()!, issued.GetProperty("credential").GetProperty("tokenId").GetString()!);
    }

    private Task RevokeAsync(string tokenId) => AdminPostAsync("/api/v1/credentials/revoke", new { tokenId, reason = "restart test" });

    private async Task<JsonElement> AdminPostAsync(string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", system.AdminToken());
        using var response = await system.Gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
