using Assessment.Scoring.Methodologies;

namespace Assessment.Scoring.Cycles;

/// <summary>
/// Opens the demo cycles on first start: the regions in 2022 (whose data indicators loads at its start) and the
/// assessment blocks in 2025. Idempotent: an existing cycle is left as it is, whatever its state.
/// </summary>
public sealed class CycleSeeder(CycleStore cycles, MethodologyStore methodologies, ILogger<CycleSeeder> logger)
{
    private static readonly (string CycleId, string Period, string PreviousPeriod, string MethodologyId)[] Seeds =
    [
        ("kz-regions-2022", "2022", "2021", "kz-regions"),
        ("kz-blocks-2025", "2025", "2024", "kz-assessment-blocks"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var seed in Seeds)
        {
            if (await methodologies.FindAsync(seed.MethodologyId, string.Empty, cancellationToken) is not { } methodology)
            {
                logger.LogWarning("Cycle {CycleId} not seeded: methodology {MethodologyId} is not registered", seed.CycleId, seed.MethodologyId);
                continue;
            }

            // Bodies left empty: every active body of a kind that reports the methodology's indicators (the 20 regions for kz-regions).
            var cycle = new NewCycle(seed.CycleId, seed.Period, seed.PreviousPeriod, seed.MethodologyId, methodology.Summary.Version, []);
            if (await cycles.OpenAsync(cycle, ShippedMethodologies.Actor, "seeded on first start", cancellationToken))
            {
                logger.LogInformation("Opened cycle {CycleId} for period {Period}", seed.CycleId, seed.Period);
            }
        }
    }
}
