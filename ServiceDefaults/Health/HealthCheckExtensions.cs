using Assessment.ServiceDefaults.ApiDocuments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Assessment.ServiceDefaults.Health;

public static class HealthCheckExtensions
{
    /// <summary>A "self" check for liveness; dependency checks are added by the clients that need them.</summary>
    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthEndpoints.LiveTag]);
        // grpc.health.v1 reports the same checks, for gRPC-only callers and the gateway.
        builder.Services.AddGrpc();
        builder.Services.AddGrpcHealthChecks();
        return builder;
    }

    /// <summary>Maps /health (every check) and /alive (live-tagged checks only), plus the gRPC health service.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpoints.Health);
        app.MapHealthChecks(HealthEndpoints.Alive, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(HealthEndpoints.LiveTag),
        });
        app.MapGrpcHealthChecksService();
        app.MapPrometheusScrapingEndpoint(Telemetry.TelemetryExtensions.PrometheusPath);
        app.MapApiDocuments();
        // Runs around every endpoint, after authentication: transcoded gRPC failures become problem+json.
        app.UseMiddleware<Errors.TranscodedErrorProblems>();
        // gRPC request messages that are not valid protobuf are answered InvalidArgument, not Unknown.
        app.UseMiddleware<Grpc.UnparsableMessageStatus>();
        return app;
    }
}
