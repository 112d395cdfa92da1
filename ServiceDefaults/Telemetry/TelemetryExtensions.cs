using Assessment.ServiceDefaults.Grpc;
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

    private static readonly string[] NoisyCategories = ["Npgsql", "System.Net.Http.HttpClient", "Grpc.Net.Client", "StackExchange.Redis"];

    /// <summary>Traces, metrics and logs; exported over OTLP only when an endpoint is configured.</summary>
    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        // Every log line, on the console too, carries the trace and span it was written in.
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        // These libraries log every database command, HTTP call and connection event at Information. At feed rates
        // that is several lines per value batch, each written as JSON and exported, which cost more CPU than the
        // feeds' own work (bench/ingest: a 1,000-value push alone went from ~100 ms to ~73 ms at p50 without them).
        // Warning unless the configuration names the category.
        foreach (var noisy in NoisyCategories.Where(category => builder.Configuration[$"Logging:LogLevel:{category}"] is null))
        {
            builder.Logging.AddFilter(noisy, LogLevel.Warning);
        }

        if (string.IsNullOrEmpty(builder.Configuration["Logging:Console:FormatterName"]))
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }

        builder.Services.AddGrpc(options => options.Interceptors.Add<GrpcServerMetricsInterceptor>());
        builder.Services.AddSingleton<GrpcServerMetricsInterceptor>();

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                // Our meters (Assessment, Assessment.*), the broker's and the database driver's.
                .AddMeter(AssessmentTelemetry.MeterName, AssessmentTelemetry.MeterNamePattern, "MassTransit", "Npgsql")
                // Every metric stream preallocates its cardinality limit of points (2,000 by default): ~190 streams
                // held ~34 MB in each service. Ours are tagged by body (~280 nationally); the libraries' by route,
                // method and status, far fewer. Past the limit, points are counted in an overflow point, not lost.
                .AddView(instrument => new MetricStreamConfiguration
                {
                    CardinalityLimit = instrument.Meter.Name.StartsWith(AssessmentTelemetry.MeterName, StringComparison.Ordinal) ? 1000 : 200,
                })
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .SetSampler(new BackgroundCallSampler())
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
