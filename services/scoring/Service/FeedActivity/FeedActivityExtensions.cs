using MassTransit;

namespace Assessment.Scoring.FeedActivity;

public static class FeedActivityExtensions
{
    public static IHostApplicationBuilder AddFeedActivity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FeedEventStore>();
        return builder;
    }

    public static void AddFeedActivityConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<ObservationsAcceptedConsumer, ObservationsAcceptedConsumerDefinition>();

    public static WebApplication MapFeedActivity(this WebApplication app)
    {
        app.MapGrpcService<FeedActivityGrpcService>();
        return app;
    }
}
