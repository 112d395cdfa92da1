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
        await LoadFileAsync(settings.RegionalDataFile, $"demo-kz-regions-{settings.RegionalDataPeriod}", settings.RegionalDataPeriod, cancellationToken);
        await LoadFileAsync(settings.AssessmentBlocksFile, "demo-kz-assessment-blocks-2024-2025", period: null, cancellationToken);
    }

    private async Task LoadFileAsync(string? path, string submissionId, string? period, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        if (!File.Exists(path))
        {
            logger.LogWarning("Demo data file {File} does not exist; not loaded", path);
            return;
        }

        await using var file = File.OpenRead(path);
        var receipt = await submitter.SubmitCsvAsync(file, submissionId, dryRun: false, period, idColumn: null, DemoLoader, cancellationToken);
        if (receipt.Status == ReceiptStatus.Rejected)
        {
            throw new InvalidOperationException($"The demo data {path} were refused: {string.Join("; ", receipt.Errors.Take(5).Select(e => $"row {e.Row} {e.Field} '{e.Value}': {e.Reason}"))}");
        }

        logger.LogInformation("Demo data {Submission}: {Accepted} values {Outcome}", submissionId, receipt.Accepted, receipt.Replayed ? "already loaded" : "loaded");
    }
}
