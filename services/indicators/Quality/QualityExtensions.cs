namespace Assessment.Indicators.Quality;

public static class QualityExtensions
{
    public static IHostApplicationBuilder AddQuality(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<QualityStore>();
        return builder;
    }

    public static WebApplication MapQuality(this WebApplication app)
    {
        app.MapGrpcService<QualityGrpcService>();
        return app;
    }
}
