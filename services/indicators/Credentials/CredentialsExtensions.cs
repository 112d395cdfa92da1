using Assessment.ServiceDefaults.Security.Revocation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assessment.Indicators.Credentials;

public static class CredentialsExtensions
{
    /// <summary>The credentials registry; indicators follows revocations from its own table.</summary>
    public static IHostApplicationBuilder AddCredentials(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CredentialStore>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IRevocationSource, DatabaseRevocationSource>());
        return builder;
    }

    public static WebApplication MapCredentials(this WebApplication app)
    {
        app.MapGrpcService<CredentialsGrpcService>();
        return app;
    }
}
