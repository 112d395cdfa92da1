using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Assessment.AppHost;

public static class ServiceRuntimeExtensions
{
    /// <summary>
    /// Runs every service with the workstation garbage collector unless Runtime:ServerGc is true. The server GC
    /// keeps a heap per core and grows them freely: an idle service sat at ~215 MB, over the 200 MB budget per
    /// service that lets several replicas share one machine (bench/rollout, docs/capacity.md). Kubernetes gets the
    /// same setting from deploy/k8s/config.yaml.
    /// </summary>
    public static IDistributedApplicationBuilder UseServiceGarbageCollector(this IDistributedApplicationBuilder builder)
    {
        var server = builder.Configuration.GetValue("Runtime:ServerGc", false);
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project).WithEnvironment("DOTNET_gcServer", server ? "1" : "0");
        }

        return builder;
    }
}
