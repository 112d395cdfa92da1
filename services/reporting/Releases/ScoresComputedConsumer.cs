using Assessment.Contracts.Events;
using Assessment.Reporting.Pages;
using MassTransit;

namespace Assessment.Reporting.Releases;

/// <summary>
/// Notes each new score run once and refreshes the cycle's cached pages, so readers see the new numbers within
/// seconds. The refresh runs on redelivery too: it is idempotent, and a refresh that failed must be retried.
/// </summary>
public sealed class ScoresComputedConsumer(ReleaseStore store, CyclePrerenderer pages, ILogger<ScoresComputedConsumer> logger) : IConsumer<ScoresComputed>
{
    public async Task Consume(ConsumeContext<ScoresComputed> context)
    {
        var recorded = await store.RecordAnnouncedRunAsync(context.Message, context.CancellationToken);
        logger.LogInformation("Run {Cycle}#{Run} {Outcome}", context.Message.CycleId, context.Message.RunNumber, recorded ? "recorded" : "already recorded");
        await pages.RefreshAsync(context.Message.CycleId, context.CancellationToken);
    }
}
