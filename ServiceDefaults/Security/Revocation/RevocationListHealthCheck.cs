using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assessment.ServiceDefaults.Security.Revocation;

/// <summary>
/// Readiness: unhealthy until the revocation list has been read once, so dependants (and the AppHost's WaitFor) do
/// not send authenticated calls into the startup window. Once loaded it stays healthy: the last known list holds
/// while the source is away.
/// </summary>
public sealed class RevocationListHealthCheck(RevocationList list) : IHealthCheck
{
    public const string Name = "revocation-list";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(list.IsLoaded
            ? HealthCheckResult.Healthy($"Revocations read up to sequence {list.LastSequence}.")
            : HealthCheckResult.Unhealthy("The revocation list has not been read yet; authenticated requests are refused until it is."));
}
