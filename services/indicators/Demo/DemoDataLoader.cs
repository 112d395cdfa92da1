using Assessment.Contracts.Indicators;
using Assessment.Indicators.Feeds;
using Assessment.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace Assessment.Indicators.Demo;

/// <summary>
/// Pushes the real regional statistics through the same feed path a regional system uses (validation, revisions,
/// outbox, event), under a fixed submission id: restarting the system finds it applied and stores nothing twice.
/// </summary>
public sealed class DemoDataLoader(FeedFileSubmitter submitter, IOptions<DemoDataOptions> options, ILogger<DemoDataLoader> logger)
{
    private static readonly CallerIdentity DemoLoader = new("system:demo", new HashSet<string> { Roles.MethodologyAdmin }, new HashSet<string>());

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.RegionalDataFile))
        {
            return;
        }

        if (!File.Exists(settings.RegionalDataFile))
        {
            logger.LogWarning("Demo regional data file {File} does not exist; no demo data loaded", settings.RegionalDataFile);
            return;
        }

        await using var file = File.OpenRead(settings.RegionalDataFile);
        var receipt = await submitter.SubmitCsvAsync(file, $"demo-kz-regions-{settings.RegionalDataPeriod}", dryRun: false,
            settings.RegionalDataPeriod, idColumn: null, DemoLoader, cancellationToken);
        if (receipt.Status == ReceiptStatus.Rejected)
        {
            throw new InvalidOperationException($"The demo regional data were refused: {string.Join("; ", receipt.Errors.Take(5).Select(e => $"row {e.Row} {e.Field} '{e.Value}': {e.Reason}"))}");
        }

        logger.LogInformation("Demo regional data for {Period}: {Accepted} values {Outcome}", settings.RegionalDataPeriod, receipt.Accepted,
            receipt.Replayed ? "already loaded" : "loaded");
    }
}
