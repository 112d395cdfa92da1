using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assessment.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>Name of the RabbitMQ connection string that the AppHost hands to services.</summary>
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ. Consumers bring their retry and queue settings in their own definitions;
    /// the bus health check ("masstransit-bus") joins readiness. Every consumed message is measured (consumer lag)
    /// and its span tagged by <see cref="ConsumeTelemetryObserver"/>.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configure = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is missing: the RabbitMQ address (amqp://user:password@host:port).");

        builder.Services.AddConsumeObserver<ConsumeTelemetryObserver>();
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            configure?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                // Publisher confirms: a publish completes only once the broker has taken the message, so the outbox marks
                // a row published only when it is safe with the broker (MassTransit's default, stated here on purpose).
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
