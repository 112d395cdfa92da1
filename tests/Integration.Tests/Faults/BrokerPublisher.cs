using Aspire.Hosting;
using Aspire.Hosting.Testing;
using MassTransit;

namespace Assessment.Integration.Tests.Faults;

/// <summary>Publishes integration events straight to the system's broker, as a redelivering or reordering network would.</summary>
public static class BrokerPublisher
{
    public static async Task PublishAsync<T>(RunningSystem system, params (Guid MessageId, T Message)[] messages)
        where T : class
    {
        var broker = await system.App.GetConnectionStringAsync("messaging")
            ?? throw new InvalidOperationException("The system has no messaging connection string.");
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(broker)));
        await bus.StartAsync();
        try
        {
            foreach (var (id, message) in messages)
            {
                await bus.Publish(message, context => context.MessageId = id);
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
