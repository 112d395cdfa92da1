using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;

namespace Assessment.Integration.Tests;

/// <summary>The API as callers discover it: OpenAPI documents of every service through the gateway, Scalar, and gRPC reflection in development.</summary>
[Collection(SystemCollection.Name)]
public class ApiSurfaceTests(RunningSystem system)
{
    [Theory]
    [InlineData("indicators", "/api/v1/submissions", "post")]
    [InlineData("indicators", "/api/v1/feeds/csv", "post")]
    [InlineData("indicators", "/api/v1/credentials/revoke", "post")]
    [InlineData("indicators", "/api/v1/bodies/{code}", "get")]
    [InlineData("scoring", "/api/v1/scoring/cycles/{cycleId}/state", "post")]
    [InlineData("scoring", "/api/v1/scoring/audit", "get")]
    [InlineData("reporting", "/api/v1/releases", "get")]
    public async Task Each_services_openapi_document_is_served_through_the_gateway_with_its_transcoded_and_minimal_endpoints(string service, string path, string method)
    {
        using var response = await system.Gateway.GetAsync($"/openapi/{service}.json");

        Assert.True(response.IsSuccessStatusCode, $"/openapi/{service}.json: {(int)response.StatusCode}");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty(path, out var operations), $"{path} is not in {service}'s document: {string.Join(", ", paths.EnumerateObject().Select(p => p.Name))}");
        Assert.True(operations.TryGetProperty(method, out _), $"{method} {path} is not documented");
        Assert.Equal("bearer", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Scalar_shows_the_documents_of_every_service_at_the_gateway()
    {
        using var response = await system.Gateway.GetAsync("/scalar/");

        Assert.True(response.IsSuccessStatusCode, $"/scalar/: {(int)response.StatusCode}");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Assessment API", page);
        foreach (var service in new[] { "indicators", "scoring", "reporting" })
        {
            Assert.Contains($"openapi/{service}.json", page);
        }
    }

    [Fact]
    public async Task Grpc_reflection_describes_the_feed_api_through_the_gateway_and_scoring_directly_in_development()
    {
        Assert.Contains("assessment.indicators.v1.Feeds", await ListServicesAsync(system.GatewayGrpc));
        Assert.Contains("assessment.indicators.v1.Credentials", await ListServicesAsync(system.GatewayGrpc));
        using var scoring = GrpcChannel.ForAddress(system.App.GetEndpoint("scoring", "grpc"));
        Assert.Contains("assessment.scoring.v1.Cycles", await ListServicesAsync(scoring));
    }

    private static async Task<IReadOnlyList<string>> ListServicesAsync(GrpcChannel channel)
    {
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(deadline: DateTime.UtcNow.AddSeconds(30));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        return call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
    }
}
