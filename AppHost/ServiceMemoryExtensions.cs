using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Assessment.AppHost;

public static class ServiceMemoryExtensions
{
    /// <summary>Configuration section with a GC heap limit per service, in MB: GcHeapLimitMb:indicators=160 and so on.</summary>
    public const string GcHeapLimitSection = "GcHeapLimitMb";

    /// <summary>
    /// glibc gives every thread that allocates natively an arena of its own (up to 8 per core), and a busy .NET
    /// service's thread pool touches many of them: at a quarter end, about half of indicators' resident memory was
    /// outside the GC heap (bench/rollout, a heap dump beside /proc RSS). Two arenas bound that; the managed heap does
    /// its own allocation and does not use them. deploy/k8s/config.yaml sets the same.
    /// A GC heap limit (GcHeapLimitMb:{service}) is what a container's memory limit gives .NET on Kubernetes (75% of
    /// it); set here it lets a run on one machine behave as the deployment will.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceMemory(this IResourceBuilder<ProjectResource> project, IConfiguration configuration)
    {
        project.WithEnvironment("MALLOC_ARENA_MAX", "2");
        var limitMb = configuration.GetValue<int?>($"{GcHeapLimitSection}:{project.Resource.Name}");
        if (limitMb is { } mb)
        {
            if (mb is < 32 or > 65_536)
            {
                throw new InvalidOperationException($"{GcHeapLimitSection}:{project.Resource.Name} is {mb} MB: expected 32 to 65536.");
            }

            // The runtime reads GC settings from the environment as hexadecimal.
            project.WithEnvironment("DOTNET_GCHeapHardLimit", (mb * 1024L * 1024L).ToString("x", CultureInfo.InvariantCulture));
        }

        return project;
    }
}
