namespace Assessment.ServiceDefaults.Health;

/// <summary>Paths and tags of the health endpoints, shared by the services, their trace filters and the tests.</summary>
public static class HealthEndpoints
{
    /// <summary>Readiness: every dependency answers.</summary>
    public const string Health = "/health";

    /// <summary>Liveness: the process serves requests; dependencies are not asked.</summary>
    public const string Alive = "/alive";

    public const string LiveTag = "live";

    /// <summary>True for requests that only probe health, so they stay out of traces.</summary>
    public static bool IsHealthProbe(string? path) =>
        path is not null
        && (path.StartsWith(Health, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(Alive, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("/metrics", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("/grpc.health.v1.Health/", StringComparison.Ordinal));
}
