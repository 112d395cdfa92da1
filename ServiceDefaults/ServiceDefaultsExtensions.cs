using Assessment.ServiceDefaults.ApiDocuments;
using Assessment.ServiceDefaults.Health;
using Assessment.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.Hosting;

public static class ServiceDefaultsExtensions
{
    /// <summary>Telemetry, health checks, service discovery, resilient HTTP clients and the OpenAPI document for every service.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddServiceDiscovery();
            // Request headers are logged only at Trace level; even there no value (Authorization above all) is written.
            http.RedactLoggedHeaders(_ => true);
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddApiDocuments();
        return builder;
    }

    /// <summary>An HTTP client with the standard resilience pipeline (retries, circuit breaker, timeouts).</summary>
    public static IHttpClientBuilder AddResilientHttpClient(this IServiceCollection services, string name, Uri baseAddress)
    {
        var client = services.AddHttpClient(name, c => c.BaseAddress = baseAddress);
        client.AddStandardResilienceHandler();
        return client;
    }
}
