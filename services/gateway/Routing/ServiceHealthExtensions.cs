using Assessment.ServiceDefaults.Grpc;

namespace Assessment.Gateway.Routing;

public static class ServiceHealthExtensions
{
    /// <summary>The gateway is ready when the services it routes to answer their gRPC health checks.</summary>
    public static IHostApplicationBuilder AddRoutedServiceHealthChecks(this IHostApplicationBuilder builder)
    {
        foreach (var service in new[] { "indicators", "scoring", "reporting" })
        {
            builder.AddGrpcHealthCheckFor(service, $"http://_grpc.{service}");
        }

        return builder;
    }
}
