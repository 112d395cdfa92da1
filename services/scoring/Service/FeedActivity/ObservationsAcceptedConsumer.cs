using Assessment.Contracts.Events;
using MassTransit;

namespace Assessment.Scoring.FeedActivity;

/// <summary>Records each accepted feed once; a redelivered event finds its row and changes nothing.</summary>
public sealed class ObservationsAcceptedConsumer(FeedEventStore store, ILogger<ObservationsAcceptedConsumer> logger) : IConsumer<ObservationsAccepted>
{
    public async Task Consume(ConsumeContext<ObservationsAccepted> context)
    {
        var message = context.Message;
        var recorded = await store.RecordAsync(message, context.CancellationToken);
        logger.LogInformation("Feed {SubmissionId} with {Accepted} values {Outcome}", message.SubmissionId, message.Accepted,
            recorded ? "recorded" : "already recorded");
    }
}
