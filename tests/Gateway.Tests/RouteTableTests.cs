using System.Text.Json;
using Google.Protobuf.Reflection;

namespace Assessment.Gateway.Tests;

/// <summary>The gateway's route table, read from the same appsettings.json that the gateway loads.</summary>
public class RouteTableTests
{
    private static readonly JsonElement Proxy = LoadProxySection();

    [Fact]
    public void Every_route_points_to_a_defined_cluster()
    {
        var clusters = Proxy.GetProperty("Clusters").EnumerateObject().Select(c => c.Name).ToHashSet();
        foreach (var route in Proxy.GetProperty("Routes").EnumerateObject())
        {
            Assert.Contains(route.Value.GetProperty("ClusterId").GetString()!, clusters);
        }
    }

    [Fact]
    public void Grpc_clusters_speak_http2_only_to_the_services_grpc_endpoint()
    {
        foreach (var cluster in Proxy.GetProperty("Clusters").EnumerateObject().Where(c => c.Name.EndsWith("-grpc", StringComparison.Ordinal)))
        {
            var request = cluster.Value.GetProperty("HttpRequest");
            Assert.Equal("2", request.GetProperty("Version").GetString());
            Assert.Equal("RequestVersionExact", request.GetProperty("VersionPolicy").GetString());
            foreach (var destination in cluster.Value.GetProperty("Destinations").EnumerateObject())
            {
                Assert.StartsWith("http://_grpc.", destination.Value.GetProperty("Address").GetString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_grpc_service_in_the_contracts_has_a_route()
    {
        var grpcPaths = Proxy.GetProperty("Routes").EnumerateObject()
            .Select(r => r.Value.GetProperty("Match").GetProperty("Path").GetString()!)
            .Where(p => p.Contains(".{service}/", StringComparison.Ordinal))
            .Select(p => p.TrimStart('/').Split(".{service}")[0])
            .ToHashSet();

        FileDescriptor[] contracts =
        [
            Contracts.Indicators.CatalogueReflection.Descriptor,
            Contracts.Indicators.FeedsReflection.Descriptor,
            Contracts.Indicators.ObservationsReflection.Descriptor,
            Contracts.Scoring.ScoringReflection.Descriptor,
            Contracts.Indicators.CredentialsReflection.Descriptor,
        ];
        foreach (var service in contracts.SelectMany(f => f.Services))
        {
            Assert.Contains(service.File.Package, grpcPaths);
        }
    }

    [Fact]
    public void Every_http_route_of_the_contracts_is_routed_to_the_service_that_owns_it()
    {
        var httpRoutes = Proxy.GetProperty("Routes").EnumerateObject()
            .Select(r => (Path: r.Value.GetProperty("Match").GetProperty("Path").GetString()!, Cluster: r.Value.GetProperty("ClusterId").GetString()!))
            .Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(httpRoutes, r => r.Path.StartsWith("/api/v1/bodies", StringComparison.Ordinal) && r.Cluster == "indicators-http");
        Assert.Contains(httpRoutes, r => r.Path.StartsWith("/api/v1/methodologies", StringComparison.Ordinal) && r.Cluster == "scoring-http");
        Assert.Contains(httpRoutes, r => r.Path.StartsWith("/api/v1/releases", StringComparison.Ordinal) && r.Cluster == "reporting-http");
    }

    [Theory]
    [InlineData("/api/v1/credentials/{**rest}")]
    [InlineData("/assessment.indicators.v1.Credentials/{method}")]
    [InlineData("/api/v1/scoring/audit")]
    [InlineData("/api/v1/catalogue/{**rest}")]
    public void Credentials_and_audit_routes_are_for_the_assessment_centre_only(string path)
    {
        var route = Proxy.GetProperty("Routes").EnumerateObject().Single(r => r.Value.GetProperty("Match").GetProperty("Path").GetString() == path);

        Assert.Equal("methodology-admin", route.Value.GetProperty("AuthorizationPolicy").GetString());
    }

    [Fact]
    public void Every_documented_service_has_its_openapi_document_routed_to_it()
    {
        foreach (var service in Assessment.Gateway.ApiReference.ApiReferenceExtensions.DocumentedServices)
        {
            var route = Proxy.GetProperty("Routes").EnumerateObject().Single(r => r.Value.GetProperty("Match").GetProperty("Path").GetString() == $"/openapi/{service}.json");
            Assert.Equal($"{service}-http", route.Value.GetProperty("ClusterId").GetString());
        }
    }

    private static JsonElement LoadProxySection()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("ReverseProxy").Clone();
    }
}
