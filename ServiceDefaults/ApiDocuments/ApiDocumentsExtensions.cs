using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi.Models;

namespace Assessment.ServiceDefaults.ApiDocuments;

public static class ApiDocumentsExtensions
{
    /// <summary>
    /// An OpenAPI document of every HTTP endpoint the service has: minimal APIs and the JSON transcoding of its gRPC
    /// services (from the .proto http rules), with bearer authentication declared.
    /// </summary>
    public static IHostApplicationBuilder AddApiDocuments(this IHostApplicationBuilder builder)
    {
        var options = Options(builder.Configuration, builder.Environment);
        if (!options.Enabled)
        {
            return builder;
        }

        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddGrpcSwagger();
        builder.Services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc(options.Name, new OpenApiInfo
            {
                Title = $"Assessment {options.Name}",
                Version = "v1",
                Description = "Reads are public unless marked; writes need a bearer token (JWT) from the assessment centre. Errors are problem+json.",
            });
            swagger.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token issued with `assess token issue`.",
            });
            swagger.AddSecurityRequirement(new OpenApiSecurityRequirement
            {
                [new OpenApiSecurityScheme { Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = "bearer" } }] = [],
            });
            // Messages of different packages may share a short name; the namespace keeps them apart.
            swagger.CustomSchemaIds(type => (type.FullName ?? type.Name).Replace("Assessment.Contracts.", string.Empty, StringComparison.Ordinal)
                .Replace("+Types+", ".", StringComparison.Ordinal).Replace('+', '.'));
        });
        return builder;
    }

    public static WebApplication MapApiDocuments(this WebApplication app)
    {
        if (Options(app.Configuration, app.Environment).Enabled)
        {
            app.UseSwagger(swagger => swagger.RouteTemplate = ApiDocumentOptions.RouteTemplate);
        }

        return app;
    }

    private static ApiDocumentOptions Options(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(ApiDocumentOptions.Section).Get<ApiDocumentOptions>() ?? new ApiDocumentOptions();
        if (options.Name.Length == 0)
        {
            options.Name = ServiceName.Of(environment);
        }

        return options;
    }
}
