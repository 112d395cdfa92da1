using Grpc.Health.V1;
using GrpcHealth = Grpc.Health.V1.Health;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assessment.ServiceDefaults.Grpc;

public static class GrpcClientExtensions
{
    /// <summary>
    /// Registers a typed gRPC client for a service found by service discovery (e.g. "http://_grpc.indicators"),
    /// with default deadlines, and a readiness check that asks the service's grpc.health.v1.
    /// </summary>
    public static IHttpClientBuilder AddGrpcServiceClient<TClient>(this IHostApplicationBuilder builder, string serviceName, string address)
        where TClient : class
    {
        var options = builder.Configuration.GetSection($"GrpcClients:{serviceName}").Get<GrpcClientOptions>() ?? new GrpcClientOptions();
        var interceptor = new DefaultDeadlineInterceptor(options.UnaryDeadline, options.StreamingDeadline);

        builder.AddGrpcHealthCheckFor(serviceName, address);
        return builder.Services
            .AddGrpcClient<TClient>(o => o.Address = new Uri(address))
            .AddInterceptor(() => interceptor);
    }

    /// <summary>Readiness of a service this one depends on, asked through its grpc.health.v1 service.</summary>
    public static IHostApplicationBuilder AddGrpcHealthCheckFor(this IHostApplicationBuilder builder, string serviceName, string address)
    {
        var healthClientName = $"{serviceName}-health";
        builder.Services.AddGrpcClient<GrpcHealth.HealthClient>(healthClientName, o => o.Address = new Uri(address));
        builder.Services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
            $"{serviceName}-grpc",
            sp => new GrpcServiceHealthCheck(sp.GetRequiredService<GrpcClientFactory>().CreateClient<GrpcHealth.HealthClient>(healthClientName)),
            failureStatus: null,
            tags: null));
        return builder;
    }
}
