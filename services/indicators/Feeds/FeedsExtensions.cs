using Assessment.Indicators.Feeds.Storage;
using Assessment.Indicators.Feeds.Validation;
using Assessment.Indicators.Quality;

namespace Assessment.Indicators.Feeds;

public static class FeedsExtensions
{
    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedLimits>().BindConfiguration(FeedLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CatalogueSnapshotCache>();
        builder.Services.AddSingleton<SubmissionStore>();
        builder.Services.AddSingleton<PeerValueCache>();
        builder.Services.AddSingleton<SubmissionProcessor>();
        builder.Services.AddSingleton<StreamAdmission>();
        builder.Services.AddSingleton<FeedMetrics>();
        builder.Services.AddSingleton<FeedTelemetry>();
        builder.Services.AddSingleton<FeedFileSubmitter>();
        // Streams waiting for their turn (StreamAdmission) leave what the sender already sent unread, up to a stream's
        // window (96 KB) each. With HTTP/2's default connection window (128 KB) two waiting streams could use up the
        // whole connection's window and stall the streams whose turn it is, which are on the same connection from the
        // gateway. A connection window of 100 streams' windows keeps them apart.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
            kestrel.Limits.Http2.InitialConnectionWindowSize = Math.Max(kestrel.Limits.Http2.InitialConnectionWindowSize,
                kestrel.Limits.Http2.MaxStreamsPerConnection * kestrel.Limits.Http2.InitialStreamWindowSize));
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
