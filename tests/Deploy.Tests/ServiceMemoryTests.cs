namespace Assessment.Deploy.Tests;

/// <summary>The AppHost's per-service memory settings (GcHeapLimitMb:{service}), as its manifest carries them.</summary>
public sealed class ServiceMemoryTests
{
    [Fact]
    public void A_GC_heap_limit_reaches_only_the_service_it_is_set_for_in_the_runtimes_hexadecimal()
    {
        var projects = AspireManifest.Generate("--GcHeapLimitMb:indicators=96");

        var indicators = projects.Single(p => p.Name == "indicators");
        Assert.Equal("6000000", indicators.Environment["DOTNET_GCHeapHardLimit"]); // 96 MB
        Assert.All(projects.Where(p => p.Name != "indicators"), p => Assert.False(p.Environment.ContainsKey("DOTNET_GCHeapHardLimit"), p.Name));
        Assert.All(projects, p => Assert.Equal("2", p.Environment["MALLOC_ARENA_MAX"]));
    }

    [Fact]
    public void No_GC_heap_limit_is_set_unless_configured()
    {
        Assert.All(AspireManifest.Projects, p => Assert.False(p.Environment.ContainsKey("DOTNET_GCHeapHardLimit"), p.Name));
    }

    [Fact]
    public void A_GC_heap_limit_too_small_to_start_a_service_is_refused_with_its_name_and_value()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => AspireManifest.Generate("--GcHeapLimitMb:scoring=8"));

        Assert.Contains("GcHeapLimitMb:scoring is 8 MB: expected 32 to 65536", refusal.Message);
    }
}
