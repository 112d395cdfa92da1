using Scalar.AspNetCore;

namespace Assessment.Gateway.ApiReference;

public static class ApiReferenceExtensions
{
    /// <summary>The services whose OpenAPI documents the gateway forwards (/openapi/{service}.json) and shows in one Scalar UI.</summary>
    public static readonly string[] DocumentedServices = ["indicators", "scoring", "reporting"];

    /// <summary>Scalar at /scalar, one document per service; the documents themselves are routed to the services in appsettings.json.</summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference("/scalar", options => options
            .WithTitle("Assessment API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocuments(DocumentedServices));
        return app;
    }
}
