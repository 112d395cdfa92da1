using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assessment.ServiceDefaults.Security.Revocation;

/// <summary>
/// Keeps <see cref="RevocationList"/> current by asking the source for revocations after the last one seen. A failed
/// poll is logged once per outage and changes nothing: the last known list stays in force.
/// </summary>
public sealed class RevocationPoller(
    IRevocationSource source,
    RevocationList list,
    IOptions<RevocationOptions> options,
    TimeProvider time,
    ILogger<RevocationPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await PollOnceAsync(stoppingToken);
                if (failing)
                {
                    logger.LogInformation("Revocations are being read again; {Sequence} is the latest", list.LastSequence);
                    failing = false;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                if (!failing)
                {
                    logger.LogWarning(ex, "Cannot read revocations; keeping the last known list (up to {Sequence})", list.LastSequence);
                    failing = true;
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.RequestTimeout);
        while (true)
        {
            var page = await source.ReadAfterAsync(list.LastSequence, timeout.Token);
            list.Apply(page, time.GetUtcNow());
            if (page.Count < IRevocationSource.PageSize)
            {
                return;
            }
        }
    }
}
