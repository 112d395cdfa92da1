using Assessment.Indicators.Feeds.Storage;
using Assessment.Indicators.Feeds.Validation;

namespace Assessment.Indicators.Feeds;

public static class FeedsExtensions
{
    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedLimits>().BindConfiguration(FeedLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CatalogueSnapshotCache>();
        builder.Services.AddSingleton<SubmissionStore>();
        builder.Services.AddSingleton<SubmissionProcessor>();
        builder.Services.AddSingleton<FeedMetrics>();
        builder.Services.AddSingleton<FeedTelemetry>();
        builder.Services.AddSingleton<FeedFileSubmitter>();
        return builder;
    }

    public static WebApplication MapFeeds(this WebApplication app)
    {
        // Before transcoding reads a JSON feed: wrong encodings, unknown and repeated properties.
        app.UseMiddleware<JsonSubmissionCheck>();
        app.MapGrpcService<FeedsGrpcService>();
        app.MapFeedHttpEndpoints();
        return app;
    }
}
