using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Assessment.AppHost;

public static class ServiceEndpointExtensions
{
    /// <summary>
    /// Two endpoints per service: "http" (HTTP/1.1 and HTTP/2 over TLS-less HTTP/1.1 upgrade: REST, pages, health)
    /// and "grpc" (HTTP/2 only). A plaintext gRPC client needs an HTTP/2-only endpoint: against a mixed one it
    /// fails with HTTP_1_1_REQUIRED. Kestrel is told both bindings explicitly.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithHttpAndGrpcEndpoints(this IResourceBuilder<ProjectResource> project,
        int? httpPort = null, int? grpcPort = null)
    {
        project.WithHttpEndpoint(name: "http", port: httpPort).WithHttpEndpoint(name: "grpc", port: grpcPort);
        var http = project.GetEndpoint("http");
        var grpc = project.GetEndpoint("grpc");
        return project
            .WithEnvironment("Kestrel__Endpoints__http__Url", ReferenceExpression.Create($"http://localhost:{http.Property(EndpointProperty.TargetPort)}"))
            .WithEnvironment("Kestrel__Endpoints__grpc__Url", ReferenceExpression.Create($"http://localhost:{grpc.Property(EndpointProperty.TargetPort)}"))
            .WithEnvironment("Kestrel__Endpoints__grpc__Protocols", "Http2")
            // gRPC reflection (for grpcurl) where the host runs in Development, or when Grpc:Reflection says so (tests).
            .WithEnvironment("Grpc__Reflection", (project.ApplicationBuilder.Configuration.GetValue<bool?>("Grpc:Reflection")
                ?? project.ApplicationBuilder.Environment.IsDevelopment()) ? "true" : "false")
            // Dependants start only once this service is ready (its database migrated, its broker connected).
            .WithHttpHealthCheck("/health", endpointName: "http")
            // Liveness beside readiness on the dashboard: a live but unready service is waiting for a dependency.
            .WithHttpHealthCheck("/alive", endpointName: "http");
    }

    /// <summary>
    /// Sends the service's telemetry to an external OTLP collector (http/protobuf) when Telemetry:OtlpEndpoint is set,
    /// instead of the dashboard: how ops point a run at Jaeger, Tempo or a collector, and how tests read spans.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithExternalOtlpWhenConfigured(this IResourceBuilder<ProjectResource> project, string? endpoint) =>
        string.IsNullOrWhiteSpace(endpoint)
            ? project
            : project
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "500")
                .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "2000");

    /// <summary>Waits for a dependency and hands over its connection string, in one call.</summary>
    public static IResourceBuilder<ProjectResource> WithDependency(this IResourceBuilder<ProjectResource> project,
        IResourceBuilder<IResourceWithConnectionString> dependency) =>
        project.WithReference(dependency).WaitFor(dependency);
}
