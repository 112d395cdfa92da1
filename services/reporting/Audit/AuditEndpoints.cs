using Assessment.Reporting.Api;

namespace Assessment.Reporting.Audit;

/// <summary>GET /api/v1/reporting/audit: the reporting audit log, for the assessment centre only.</summary>
public static class AuditEndpoints
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AuditLog>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reporting/audit", async (HttpContext http, AuditLog log, int? limit, long? before, CancellationToken ct) =>
        {
            if (Caller.RequireAdmin(http, "read the reporting audit log") is { } refusal)
            {
                return refusal;
            }

            var size = limit ?? 200;
            if (size is < 1 or > AuditLog.MaxPage)
            {
                return Problems.BadRequest("limit", size.ToString(System.Globalization.CultureInfo.InvariantCulture), $"must be between 1 and {AuditLog.MaxPage}");
            }

            return Results.Ok(new { entries = await log.ListAsync(size, before, ct) });
        });
        return app;
    }
}
