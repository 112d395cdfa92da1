using Assessment.Contracts.Indicators;
using Assessment.Contracts.Scoring;
using Assessment.Reporting.Caching;
using Assessment.Reporting.Localisation;
using Assessment.Reporting.Pdf;
using Assessment.Reporting.Scoring;
using Assessment.ServiceDefaults.Grpc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assessment.Reporting.Pages;

public static class PagesExtensions
{
    /// <summary>Scoring and catalogue clients, the Redis page cache, the renderers and the PDF printer.</summary>
    public static IHostApplicationBuilder AddPages(this IHostApplicationBuilder builder)
    {
        builder.AddGrpcServiceClient<Cycles.CyclesClient>("scoring", "http://_grpc.scoring");
        builder.Services.AddGrpcClient<Scores.ScoresClient>(o => o.Address = new Uri("http://_grpc.scoring")).AddInterceptor(DeadlineInterceptor(builder, "scoring"));
        builder.Services.AddGrpcClient<Methodologies.MethodologiesClient>(o => o.Address = new Uri("http://_grpc.scoring")).AddInterceptor(DeadlineInterceptor(builder, "scoring"));

        // Names come from the indicators catalogue. No readiness check for it: until the AppHost references
        // indicators from reporting, pages show codes, and that must not make reporting unhealthy.
        builder.Services.AddGrpcClient<Catalogue.CatalogueClient>(o => o.Address = new Uri("http://_grpc.indicators")).AddInterceptor(DeadlineInterceptor(builder, "indicators"));

        // Redis is a cache only: its health check reports Degraded, never Unhealthy, so reporting stays ready (and renders
        // from scoring) while it is away.
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("cache")))
        {
            builder.AddRedisClient("cache", settings => settings.DisableHealthChecks = true);
        }

        builder.Services.AddHealthChecks().AddCheck<PageCacheHealthCheck>(PageCacheHealthCheck.Name, HealthStatus.Degraded);

        builder.Services.Configure<PdfOptions>(builder.Configuration.GetSection(PdfOptions.Section));
        builder.Services.AddSingleton<UiStrings>();
        builder.Services.AddSingleton<ScoringReader>();
        builder.Services.AddSingleton<BodyDirectory>();
        builder.Services.AddSingleton<PageMetrics>();
        builder.Services.AddSingleton<LocalPageCopies>();
        builder.Services.AddSingleton<PageCache>();
        builder.Services.AddSingleton<BodyTrend>();
        builder.Services.AddSingleton<AnalystCredential>();
        builder.Services.AddSingleton<VersionComparison>();
        builder.Services.AddSingleton<PageRenderer>();
        builder.Services.AddSingleton<PageServer>();
        builder.Services.AddSingleton<CyclePrerenderer>();
        builder.Services.AddSingleton<PdfPrinter>();
        return builder;
    }

    private static Func<IServiceProvider, DefaultDeadlineInterceptor> DeadlineInterceptor(IHostApplicationBuilder builder, string service)
    {
        var options = builder.Configuration.GetSection($"GrpcClients:{service}").Get<GrpcClientOptions>() ?? new GrpcClientOptions();
        var interceptor = new DefaultDeadlineInterceptor(options.UnaryDeadline, options.StreamingDeadline);
        return _ => interceptor;
    }
}
