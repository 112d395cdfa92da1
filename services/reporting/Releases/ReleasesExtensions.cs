using MassTransit;

namespace Assessment.Reporting.Releases;

public static class ReleasesExtensions
{
    public static IHostApplicationBuilder AddReleases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReleaseStore>();
        return builder;
    }

    public static void AddReleaseConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ScoresComputedConsumer, ScoresComputedConsumerDefinition>();
        bus.AddConsumer<CyclePublishedConsumer, CyclePublishedConsumerDefinition>();
    }

    public static WebApplication MapReleases(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapGet("/releases", async (ReleaseStore store, CancellationToken ct) => Results.Ok(await store.ListReleasesAsync(ct)));
        api.MapGet("/runs", async (ReleaseStore store, CancellationToken ct) => Results.Ok(await store.ListAnnouncedRunsAsync(ct)));
        return app;
    }
}
