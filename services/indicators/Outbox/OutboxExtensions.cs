namespace Assessment.Indicators.Outbox;

public static class OutboxExtensions
{
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxMetrics>();
        builder.Services.AddHostedService<OutboxRelay>();
        return builder;
    }
}
