using Grpc.Health.V1;
using GrpcHealth = Grpc.Health.V1.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assessment.ServiceDefaults.Grpc;

/// <summary>Readiness of a service this one calls, asked through grpc.health.v1.</summary>
public sealed class GrpcServiceHealthCheck(GrpcHealth.HealthClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A probe is not an operation: without this, every readiness poll would start a trace of its own.
        using var quiet = OpenTelemetry.SuppressInstrumentationScope.Begin();
        var response = await client.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: cancellationToken);
        return response.Status == HealthCheckResponse.Types.ServingStatus.Serving
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"status {response.Status}");
    }
}
