namespace Assessment.Scoring.Audit;

public static class AuditExtensions
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScoringAuditStore>();
        return builder;
    }

    public static WebApplication MapAudit(this WebApplication app)
    {
        app.MapGrpcService<ScoringAuditGrpcService>();
        return app;
    }
}
