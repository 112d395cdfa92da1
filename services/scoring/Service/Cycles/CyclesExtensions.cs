namespace Assessment.Scoring.Cycles;

public static class CyclesExtensions
{
    public static IHostApplicationBuilder AddCycles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CycleStore>();
        builder.Services.AddSingleton<CycleSeeder>();
        return builder;
    }

    public static WebApplication MapCycles(this WebApplication app)
    {
        app.MapGrpcService<CyclesGrpcService>();
        return app;
    }
}
