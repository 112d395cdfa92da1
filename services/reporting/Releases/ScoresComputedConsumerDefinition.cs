using MassTransit;

namespace Assessment.Reporting.Releases;

/// <summary>Retries, then the error queue; the queue is a quorum queue so a broker restart keeps it.</summary>
public sealed class ScoresComputedConsumerDefinition : ConsumerDefinition<ScoresComputedConsumer>
{
    public ScoresComputedConsumerDefinition() => EndpointName = "reporting-scores-computed";

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScoresComputedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }

        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(
            TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)));
    }
}
