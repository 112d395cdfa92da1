namespace Assessment.Scoring.Triggers;

public static class TriggersExtensions
{
    /// <summary>Feeds mark cycles as waiting; the coalescer recomputes each waiting cycle once per burst.</summary>
    public static IHostApplicationBuilder AddTriggers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RecomputeOptions>().BindConfiguration(RecomputeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RecomputePolicy>();
        builder.Services.AddSingleton<RecomputeSignal>();
        builder.Services.AddSingleton<PendingRecomputeStore>();
        builder.Services.AddHostedService<RecomputeCoalescer>();
        return builder;
    }
}
