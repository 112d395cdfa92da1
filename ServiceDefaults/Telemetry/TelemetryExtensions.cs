using Assessment.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Assessment.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Path of the Prometheus scrape endpoint, for ops teams that use Prometheus rather than OTLP.</summary>
    public const string PrometheusPath = "/metrics";

    /// <summary>Traces, metrics and logs; exported over OTLP only when an endpoint is configured.</summary>
    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(AssessmentTelemetry.MeterName, "MassTransit", "Npgsql", "Grpc.AspNetCore.Server", "Grpc.Net.Client")
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(AssessmentTelemetry.ActivitySourceName, "MassTransit")
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !HealthEndpoints.IsHealthProbe(context.Request.Path.Value))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation(options =>
                    options.FilterHttpRequestMessage = request => !HealthEndpoints.IsHealthProbe(request.RequestUri?.AbsolutePath)));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
