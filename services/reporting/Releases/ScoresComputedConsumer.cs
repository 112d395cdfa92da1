using Assessment.Contracts.Events;
using MassTransit;

namespace Assessment.Reporting.Releases;

/// <summary>Notes each new score run once, so the pages built from it can be rendered.</summary>
public sealed class ScoresComputedConsumer(ReleaseStore store, ILogger<ScoresComputedConsumer> logger) : IConsumer<ScoresComputed>
{
    public async Task Consume(ConsumeContext<ScoresComputed> context)
    {
        var recorded = await store.RecordAnnouncedRunAsync(context.Message, context.CancellationToken);
        logger.LogInformation("Run {Cycle}#{Run} {Outcome}", context.Message.CycleId, context.Message.RunNumber, recorded ? "recorded" : "already recorded");
    }
}
