using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assessment.ServiceDefaults.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// The transactional outbox: the service writes events with <see cref="OutboxWriter"/> in its own transaction
    /// (table "outbox" from its migrations), and a relay publishes them. Lists the event types it may carry.
    /// </summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder, params Type[] eventTypes)
    {
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(new OutboxEventTypes(eventTypes));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxMetrics>();
        builder.Services.AddHostedService<OutboxRelay>();
        return builder;
    }
}
