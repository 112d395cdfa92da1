namespace Assessment.Indicators.Observations;

public static class ObservationsExtensions
{
    public static IHostApplicationBuilder AddObservations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ObservationStore>();
        return builder;
    }

    public static WebApplication MapObservations(this WebApplication app)
    {
        app.MapGrpcService<ObservationsGrpcService>();
        return app;
    }
}
