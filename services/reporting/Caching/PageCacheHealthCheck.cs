using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Assessment.Reporting.Caching;

/// <summary>
/// Redis as seen by readiness: reporting renders every page from scoring when the cache is away, so a missing
/// Redis makes reporting Degraded (still ready, HTTP 200) rather than Unhealthy; the dashboard and /health show it.
/// </summary>
public sealed class PageCacheHealthCheck(IServiceProvider services) : IHealthCheck
{
    public const string Name = "page-cache";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Resolved here, not injected: a Redis that was down at start-up is seen as soon as it answers.
            if (services.GetService<IConnectionMultiplexer>() is not { } redis)
            {
                return HealthCheckResult.Degraded("No page cache configured (connection string \"cache\"): every page is rendered from scoring.");
            }

            await redis.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            return HealthCheckResult.Degraded($"Page cache unavailable ({e.GetType().Name}): pages are rendered from scoring.");
        }
    }
}
