using Assessment.Contracts.Events;
using Assessment.Scoring.Triggers;
using MassTransit;

namespace Assessment.Scoring.FeedActivity;

/// <summary>
/// Records each accepted feed once and marks the cycles it concerns for recomputation; the coalescer turns those
/// marks into runs. A redelivered event finds its row and changes nothing.
/// </summary>
public sealed class ObservationsAcceptedConsumer(FeedEventStore store, RecomputeSignal recompute, ILogger<ObservationsAcceptedConsumer> logger) : IConsumer<ObservationsAccepted>
{
    public async Task Consume(ConsumeContext<ObservationsAccepted> context)
    {
        var message = context.Message;
        var cycles = await store.RecordAsync(message, context.CancellationToken);
        if (cycles is null)
        {
            logger.LogInformation("Feed {SubmissionId} already recorded", message.SubmissionId);
            return;
        }

        if (cycles.Count > 0)
        {
            recompute.Notify();
        }

        logger.LogInformation("Feed {SubmissionId} with {Accepted} values recorded; cycles to recompute: {Cycles}", message.SubmissionId, message.Accepted,
            cycles.Count == 0 ? "none" : string.Join(", ", cycles));
    }
}
