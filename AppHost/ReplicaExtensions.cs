using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Assessment.AppHost;

public static class ReplicaExtensions
{
    /// <summary>Name of the configuration section that sets replicas per service: Replicas:Indicators=2 and so on.</summary>
    public const string Section = "Replicas";

    /// <summary>
    /// Runs Replicas:{name} copies of the service (default 1). Each replica listens on its own port; the endpoint's
    /// proxy spreads the calls of every dependant (the gateway, scoring, reporting) over all of them. A single copy is
    /// reached without the proxy.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithConfiguredReplicas(this IResourceBuilder<ProjectResource> project, IConfiguration configuration)
    {
        var key = $"{Section}:{char.ToUpperInvariant(project.Resource.Name[0])}{project.Resource.Name[1..]}";
        var replicas = configuration.GetValue<int?>(key) ?? 1;
        if (replicas is < 1 or > 16)
        {
            throw new InvalidOperationException($"{key} is {replicas}; expected 1 to 16 replicas.");
        }

        // One copy needs no load balancer: callers reach its Kestrel directly instead of through the orchestrator's TCP
        // proxy, one hop (and one process's CPU) less per call, as in a deployment. Several copies share the proxy.
        if (replicas > 1)
        {
            return project.WithReplicas(replicas);
        }

        project.WithEndpointProxySupport(false);
        return project;
    }
}
