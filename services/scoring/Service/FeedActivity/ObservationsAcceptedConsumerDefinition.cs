using MassTransit;

namespace Assessment.Scoring.FeedActivity;

/// <summary>Retries transient failures, then leaves the message in the error queue: never acknowledged unhandled.</summary>
public sealed class ObservationsAcceptedConsumerDefinition : ConsumerDefinition<ObservationsAcceptedConsumer>
{
    public ObservationsAcceptedConsumerDefinition() => EndpointName = "scoring-observations-accepted";

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ObservationsAcceptedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            // Survives a broker restart.
            rabbit.SetQuorumQueue();
        }

        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(
            TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)));
    }
}
