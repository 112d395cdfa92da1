using Assessment.Contracts.Events;
using Assessment.Contracts.Scoring;
using Assessment.Reporting.Pages;
using Assessment.Reporting.Scoring;
using MassTransit;

namespace Assessment.Reporting.Releases;

/// <summary>
/// A publication changes more pages than the published cycle's own: every published cycle of the same methodology
/// shows it in its trends, and the next period's national page compares with it. Their cached pages are refreshed,
/// so no public page stays behind a publication. Refreshing is idempotent, so redelivery is harmless.
/// </summary>
public sealed class CyclePublishedConsumer(ScoringReader scoring, CyclePrerenderer pages, ILogger<CyclePublishedConsumer> logger)
    : IConsumer<CyclePublished>
{
    public async Task Consume(ConsumeContext<CyclePublished> context)
    {
        var published = context.Message;
        var affected = (await scoring.ListCyclesAsync(null, context.CancellationToken))
            .Where(c => c.CycleId != published.CycleId && c.MethodologyId == published.MethodologyId && c.State == CycleState.Published)
            .Select(c => c.CycleId)
            .Prepend(published.CycleId)
            .ToList();
        foreach (var cycleId in affected)
        {
            await pages.RefreshAsync(cycleId, context.CancellationToken);
        }

        logger.LogInformation("Cycle {Cycle} published (run {Run}): pages of {Count} cycles of {Methodology} refreshed",
            published.CycleId, published.PublishedRun, affected.Count, published.MethodologyId);
    }
}
