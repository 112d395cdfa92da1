namespace Assessment.Indicators.Catalogue;

public static class CatalogueExtensions
{
    public static IHostApplicationBuilder AddCatalogue(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CatalogueStore>();
        builder.Services.AddSingleton<CatalogueSeeder>();
        builder.Services.AddSingleton<CatalogueAuditStore>();
        builder.Services.AddSingleton<IndicatorChangeStore>();
        return builder;
    }

    public static WebApplication MapCatalogue(this WebApplication app)
    {
        app.MapGrpcService<CatalogueGrpcService>();
        return app;
    }
}
