using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Assessment.Contracts.Indicators;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;

namespace Assessment.Integration.Tests;

[Collection(SystemCollection.Name)]
public class GatewaySecurityTests(RunningSystem system)
{
    private const string Csv = "body,indicator,period,value\nKZ-59,avg_salary,2023,250000\n";

    [Fact]
    public async Task The_gateway_refuses_an_unauthenticated_feed_with_a_problem_that_says_why()
    {
        var response = await system.Gateway.PostAsync("/api/v1/feeds/csv", new StringContent(Csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("expired")]
    [InlineData("wrong-audience")]
    [InlineData("wrong-key")]
    public async Task The_gateway_refuses_a_token_that_is_not_valid(string defect)
    {
        var token = defect switch
        {
            "tampered" => Tamper(system.AdminToken()),
            "expired" => new TokenIssuer(new AuthOptions { SigningKey = SigningKey() }, new ShiftedTime(TimeSpan.FromHours(-3)))
                .Issue("old", [Roles.MethodologyAdmin], [], TimeSpan.FromHours(1)),
            "wrong-audience" => new TokenIssuer(new AuthOptions { SigningKey = SigningKey(), Audience = "another-system" }, TimeProvider.System)
                .Issue("elsewhere", [Roles.MethodologyAdmin], [], TimeSpan.FromHours(1)),
            _ => new TokenIssuer(new AuthOptions { SigningKey = new string('k', 48) }, TimeProvider.System)
                .Issue("forger", [Roles.MethodologyAdmin], [], TimeSpan.FromHours(1)),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feeds/csv") { Content = new StringContent(Csv, Encoding.UTF8, "text/csv") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Only_the_assessment_centre_may_close_a_period_through_the_gateway()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/periods/close")
        {
            Content = new StringContent("""{"codes":["2017"],"reason":"try"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", system.ReporterToken("KZ-59"));

        var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var periods = await new Periods.PeriodsClient(system.GatewayGrpc).ListPeriodsAsync(new ListPeriodsRequest { Prefix = "2017" }, deadline: DateTime.UtcNow.AddSeconds(30));
        Assert.True(periods.Periods.Single(p => p.Code == "2017").Open);
    }

    [Fact]
    public async Task An_oversized_payload_is_refused_with_413_before_it_is_read_whole()
    {
        var huge = new string('x', 65 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feeds/csv") { Content = new StringContent(huge, Encoding.ASCII, "text/csv") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", system.AdminToken());
        // As a well-behaved client of a large upload does: ask first, so the refusal arrives before the body is sent.
        request.Headers.ExpectContinue = true;

        var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_grpc_feed_with_a_forged_token_is_unauthenticated()
    {
        var forged = new TokenIssuer(new AuthOptions { SigningKey = new string('f', 48) }, TimeProvider.System).Issue("forger", [Roles.MethodologyAdmin], [], TimeSpan.FromHours(1));
        var error = await Assert.ThrowsAsync<RpcException>(() => new Feeds.FeedsClient(system.GatewayGrpc).SubmitAsync(
            new SubmitRequest { SubmissionId = "forged-1", Observations = { FeedClient.Value("KZ-59", "avg_salary", "2023", 1) } },
            RunningSystem.WithToken(forged)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    private string SigningKey() => system.SigningKey;

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace("test-admin", "test-admiN", StringComparison.Ordinal);
        parts[1] = Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return string.Join('.', parts);
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - padded.Length % 4) % 4), '='));
    }

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
