using Assessment.Contracts.Indicators;
using Assessment.ServiceDefaults.Grpc;

namespace Assessment.Scoring.Indicators;

public static class IndicatorsClientExtensions
{
    private const string ServiceName = "indicators";
    private const string Address = "http://_grpc.indicators";

    /// <summary>gRPC clients for indicators (with deadlines and one readiness check), and scoring's service token.</summary>
    public static IHostApplicationBuilder AddIndicatorsClients(this IHostApplicationBuilder builder)
    {
        // Registers the readiness check for indicators once; the other clients share its deadlines.
        builder.AddGrpcServiceClient<Periods.PeriodsClient>(ServiceName, Address);
        var deadlines = builder.Configuration.GetSection($"GrpcClients:{ServiceName}").Get<GrpcClientOptions>() ?? new GrpcClientOptions();
        var interceptor = new DefaultDeadlineInterceptor(deadlines.UnaryDeadline, deadlines.StreamingDeadline);
        builder.Services.AddGrpcClient<Catalogue.CatalogueClient>(o => o.Address = new Uri(Address)).AddInterceptor(() => interceptor);
        builder.Services.AddGrpcClient<Observations.ObservationsClient>(o => o.Address = new Uri(Address)).AddInterceptor(() => interceptor);

        builder.Services.AddSingleton<ServiceToken>();
        builder.Services.AddSingleton<IndicatorsReader>();
        builder.Services.AddSingleton<PeriodLock>();
        return builder;
    }
}
