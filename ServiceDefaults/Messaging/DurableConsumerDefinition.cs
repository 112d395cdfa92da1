using MassTransit;

namespace Assessment.ServiceDefaults.Messaging;

/// <summary>
/// How every Assessment consumer takes its messages: a quorum queue (survives a broker restart), retries with
/// growing intervals for transient failures, then the error queue — a message is never acknowledged unhandled.
/// </summary>
public abstract class DurableConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private static readonly TimeSpan[] RetryIntervals =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)];

    protected DurableConsumerDefinition(string endpointName) => EndpointName = endpointName;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }

        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(RetryIntervals));
    }
}
