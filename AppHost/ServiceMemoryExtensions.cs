using Aspire.Hosting.ApplicationModel;

namespace Assessment.AppHost;

public static class ServiceMemoryExtensions
{
    /// <summary>
    /// glibc gives every thread that allocates natively an arena of its own (up to 8 per core), and a busy .NET
    /// service's thread pool touches many of them: at a quarter end, about half of indicators' resident memory was
    /// outside the GC heap (bench/rollout, a heap dump beside /proc RSS). Two arenas bound that; the managed heap does
    /// its own allocation and does not use them. deploy/k8s/config.yaml sets the same.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBoundedNativeArenas(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("MALLOC_ARENA_MAX", "2");
}
