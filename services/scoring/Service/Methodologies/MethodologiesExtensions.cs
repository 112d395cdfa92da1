namespace Assessment.Scoring.Methodologies;

public static class MethodologiesExtensions
{
    public static IHostApplicationBuilder AddMethodologies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MethodologyStore>();
        builder.Services.AddSingleton<ShippedMethodologies>();
        builder.Services.AddSingleton<CompiledMethodologies>();
        return builder;
    }

    public static WebApplication MapMethodologies(this WebApplication app)
    {
        app.MapGrpcService<MethodologiesGrpcService>();
        return app;
    }
}
