using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assessment.AppHost;

/// <summary>
/// Writes every resource's state and health changes to the console, so that a headless start (CI, a terminal
/// without the dashboard) shows its progress and says which dependency is being waited for.
/// </summary>
public sealed class ResourceStateReporter(ResourceNotificationService notifications, ILogger<ResourceStateReporter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var last = new Dictionary<string, string>();
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                var state = $"{update.Snapshot.State?.Text ?? "?"} / health {update.Snapshot.HealthStatus?.ToString() ?? "-"}";
                if (last.TryGetValue(update.Resource.Name, out var previous) && previous == state)
                {
                    continue;
                }

                last[update.Resource.Name] = state;
                logger.LogInformation("{Resource}: {State}", update.Resource.Name, state);
                if (update.Resource.Name == "gateway" && update.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
                {
                    foreach (var url in update.Snapshot.Urls.Where(u => !u.IsInternal))
                    {
                        logger.LogInformation("Gateway ready: {Name} {Url}", url.Name, url.Url);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
