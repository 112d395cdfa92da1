using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Assessment.Contracts.Indicators;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;

namespace Assessment.Integration.Tests;

/// <summary>Size and rate limits, and refusals that say what to fix, over HTTP (problem+json) and gRPC (status and message).</summary>
[Collection(SystemCollection.Name)]
public class GatewayLimitsTests(RunningSystem system)
{
    [Fact]
    public async Task An_oversized_feed_is_refused_with_a_413_problem_that_names_the_limit()
    {
        // The declared length is over the limit: the gateway answers before any of the body is read.
        var huge = new byte[65 * 1024 * 1024];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feeds/csv") { Content = new ByteArrayContent(huge) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", system.ReporterToken("KZ-11"));
        request.Headers.ExpectContinue = true;

        using var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Contains($"The request body is {huge.Length} bytes; the gateway accepts at most {64 * 1024 * 1024} bytes (64 MiB)", problem.Detail);
        Assert.Contains("Feeds/SubmitStream", problem.Detail);
    }

    [Fact]
    public async Task A_credential_over_its_rate_gets_429_problems_with_retry_after_and_grpc_callers_resource_exhausted()
    {
        var token = system.Token("rate-probe-" + Guid.NewGuid().ToString("N")[..6], [Roles.Reporter], "KZ-11");
        var statuses = new List<(HttpStatusCode Status, string Body, string? RetryAfter)>();
        using var gate = new SemaphoreSlim(64);
        // Bounded: at most 1000 requests, well over the burst of 200 plus 100 per second for the time they take.
        var calls = Enumerable.Range(0, 1000).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feeds/csv?dryRun=true")
                {
                    Content = new StringContent("body,indicator,period,value\nKZ-11,avg_salary,2017,250000\n", Encoding.UTF8, "text/csv"),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await system.Gateway.SendAsync(request);
                var entry = (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.ToString());
                lock (statuses)
                {
                    statuses.Add(entry);
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(calls);

        var limited = statuses.Where(s => s.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.Contains(statuses, s => s.Status == HttpStatusCode.OK);
        Assert.All(limited, s => Assert.NotNull(s.RetryAfter));
        Assert.Contains("This credential may make 100 write requests per second", JsonDocument.Parse(limited[0].Body).RootElement.GetProperty("detail").GetString());

        // gRPC callers on the same credential are refused in gRPC terms.
        var grpcCalls = Enumerable.Range(0, 600).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await new Feeds.FeedsClient(system.GatewayGrpc).SubmitAsync(
                    new SubmitRequest { SubmissionId = $"rate-{i}", DryRun = true, Observations = { FeedClient.Value("KZ-11", "avg_salary", "2017", 250000) } },
                    RunningSystem.WithToken(token));
                return null;
            }
            catch (RpcException e)
            {
                return e;
            }
            finally
            {
                gate.Release();
            }
        });
        var refused = (await Task.WhenAll(grpcCalls)).OfType<RpcException>().ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, e => Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode));
        Assert.Contains("write requests per second", refused[0].Status.Detail);
    }

    [Fact]
    public async Task A_missing_token_gets_a_401_problem_that_says_how_to_send_one()
    {
        using var response = await system.Gateway.PostAsync("/api/v1/periods/close", new StringContent("""{"codes":["1900"],"reason":"x"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Authorization: Bearer <token>", (await ProblemAsync(response)).Detail);
    }

    [Fact]
    public async Task An_expired_token_gets_a_401_problem_that_says_when_it_expired()
    {
        var expired = new TokenIssuer(new AuthOptions { SigningKey = system.SigningKey }, new ShiftedTime(TimeSpan.FromHours(-3)))
            .Issue("old", [Roles.MethodologyAdmin], [], TimeSpan.FromHours(1));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalogue/audit");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", expired);

        using var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The token expired at", (await ProblemAsync(response)).Detail);
    }

    [Fact]
    public async Task A_wrong_role_gets_a_403_problem_naming_the_role_needed_at_the_gateway_and_in_grpc()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalogue/audit");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", system.ReporterToken("KZ-11"));

        using var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("it needs methodology-admin", (await ProblemAsync(response)).Detail);
        var grpc = await Assert.ThrowsAsync<RpcException>(() => new Catalogue.CatalogueClient(system.GatewayGrpc)
            .ListCatalogueAuditAsync(new ListCatalogueAuditRequest(), RunningSystem.WithToken(system.ReporterToken("KZ-11"))).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, grpc.StatusCode);
        Assert.Contains("it needs methodology-admin", grpc.Status.Detail);
    }

    [Fact]
    public async Task A_bad_transcoded_request_gets_a_400_problem_with_the_services_message()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/periods/close") { Content = new StringContent("""{"codes":[],"reason":"x"}""", Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", system.AdminToken());

        using var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Name the periods to change, e.g. codes: [\"2024\"].", problem.Detail);
        Assert.Equal("InvalidArgument", problem.Root.GetProperty("grpcStatus").GetString());
    }

    private static async Task<(string Detail, JsonElement Root)> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (root.GetProperty("detail").GetString()!, root);
    }

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
