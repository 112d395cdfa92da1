using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Assessment.ServiceDefaults.Security;
using Assessment.ServiceDefaults.Security.Revocation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assessment.Gateway.Tests;

/// <summary>
/// The startup window, on a real Kestrel host wired as every service is (AddAssessmentAuthentication): until the
/// revocation list is first read, requests with a token get 503 and readiness is unhealthy; anonymous reads pass.
/// </summary>
public sealed class RevocationGateTests : IAsyncLifetime
{
    private static readonly AuthOptions Auth = new() { SigningKey = new string('k', 40) };

    private readonly SwitchableSource _source = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Auth:SigningKey"] = Auth.SigningKey;
        builder.Configuration["Revocation:PollInterval"] = "00:00:00.100";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IRevocationSource>(_source);
        builder.AddAssessmentAuthentication();

        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapGet("/public", () => "public page");
        _app.MapGet("/private", () => "draft").RequireAuthorization();
        _app.MapHealthChecks("/health");
        await _app.StartAsync();
        var address = _app.Urls.Single(); // the port Kestrel bound
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Before_the_first_read_a_token_is_refused_with_503_and_anonymous_reads_pass()
    {
        using var refused = await _http.SendAsync(WithToken("/private", Token("akmola-stat")));
        using var anonymous = await _http.GetAsync("/public");
        using var health = await _http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(RevocationGate.Title, problem.GetProperty("title").GetString());
        Assert.Contains("retry in a few seconds", problem.GetProperty("detail").GetString());
        Assert.Equal(TimeSpan.FromSeconds(RevocationGate.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal("public page", await anonymous.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Before_the_first_read_a_grpc_call_with_a_token_gets_unavailable()
    {
        using var request = WithToken("/private", Token("akmola-stat"));
        request.Content = new ByteArrayContent([]);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(((int)Grpc.Core.StatusCode.Unavailable).ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("grpc-status").Single());
        Assert.Contains("retry", Uri.UnescapeDataString(response.Headers.GetValues("grpc-message").Single()));
    }

    [Fact]
    public async Task Once_the_list_is_read_good_tokens_pass_revoked_ones_are_refused_and_readiness_is_healthy()
    {
        var revoked = Token("almaty-stat");
        _source.Up([new RevokedCredential(1, null, "almaty-stat", DateTimeOffset.UtcNow.AddMinutes(1))]);

        await WaitUntilHealthyAsync();
        using var good = await _http.SendAsync(WithToken("/private", Token("akmola-stat")));
        using var refused = await _http.SendAsync(WithToken("/private", revoked));

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Every credential of 'almaty-stat'", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Once_loaded_the_list_stays_in_force_and_ready_while_the_source_is_away()
    {
        _source.Up([new RevokedCredential(1, "t-revoked", null, DateTimeOffset.UtcNow)]);
        await WaitUntilHealthyAsync();

        _source.Down();
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // several failed polls

        using var health = await _http.GetAsync("/health");
        using var good = await _http.SendAsync(WithToken("/private", Token("akmola-stat")));
        using var refused = await _http.SendAsync(WithToken("/private", Token("akmola-stat", "t-revoked")));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var health = await _http.GetAsync("/health");
            if (health.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the revocation list was not loaded within 10 s of its source answering");
            await Task.Delay(50);
        }
    }

    private static string Token(string subject, string? tokenId = null) =>
        new TokenIssuer(Auth, TimeProvider.System).Issue(subject, [Roles.Reporter], ["KZ-11"], TimeSpan.FromMinutes(5), tokenId);

    private static HttpRequestMessage WithToken(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>A revocation source that is away until told otherwise, as indicators is when a service starts before it.</summary>
    private sealed class SwitchableSource : IRevocationSource
    {
        private volatile IReadOnlyList<RevokedCredential>? _revocations;

        public void Up(IReadOnlyList<RevokedCredential> revocations) => _revocations = revocations;

        public void Down() => _revocations = null;

        public Task<IReadOnlyList<RevokedCredential>> ReadAfterAsync(long afterSequence, CancellationToken cancellationToken) =>
            _revocations is { } all
                ? Task.FromResult<IReadOnlyList<RevokedCredential>>(all.Where(r => r.Sequence > afterSequence).ToList())
                : throw new HttpRequestException("indicators is away");
    }
}
