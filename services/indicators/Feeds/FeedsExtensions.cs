using Assessment.Indicators.Feeds.Storage;
using Assessment.Indicators.Feeds.Validation;
using Assessment.Indicators.Quality;
using Assessment.ServiceDefaults.Http2;

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
        // window each. Kestrel's default window (768 KiB) holds a whole quarter-end push, so at a quarter end the ~230
        // waiting pushes sat here in full (~24 MB of buffers, bench/rollout heap dump), and waiting pushes of 17,000
        // values or more would hold 768 KiB each. The smallest window Kestrel allows (64 KiB) keeps the rest at the gateway and,
        // through it, at the senders; from the gateway, on the same network, a small window costs an admitted stream
        // no speed. Kestrel gives a connection's window back only once half of it has been read, so the connection
        // window is twice what waiting streams can hold: then they can never hold the half that admitted streams on
        // the same connection from the gateway need read before more of their bytes may come (with exactly their
        // sum, a quarter-end burst stalled until deadlines ran out).
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.Http2.InitialStreamWindowSize = 64 * 1024;
            kestrel.Limits.Http2.InitialConnectionWindowSize = Http2Windows.ConnectionWindowFor(kestrel.Limits.Http2);
        });
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
