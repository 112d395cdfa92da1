namespace Assessment.Indicators.Periods;

public static class PeriodsExtensions
{
    public static IHostApplicationBuilder AddPeriods(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PeriodStore>();
        return builder;
    }

    public static WebApplication MapPeriods(this WebApplication app)
    {
        app.MapGrpcService<PeriodsGrpcService>();
        return app;
    }
}
