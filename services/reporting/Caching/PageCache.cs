using StackExchange.Redis;

namespace Assessment.Reporting.Caching;

/// <summary>
/// Rendered public pages in Redis. Redis is only a cache: when it does not answer, every method gives up quietly
/// (a miss, a skipped write) and the page is rendered from scoring instead. A page never fails because the cache is away.
/// </summary>
public sealed class PageCache(IServiceProvider services, LocalPageCopies local, PageMetrics metrics, ILogger<PageCache> logger)
{
    // A published page stays valid until a new run of its cycle; the expiry only bounds memory.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>The page's UTF-8 bytes: from this process's short-lived copy, else from Redis (then kept locally).</summary>
    public async Task<byte[]?> GetAsync(PageCacheKey key)
    {
        if (local.Get(key) is { } copy)
        {
            metrics.Lookup("hit");
            return copy;
        }

        try
        {
            var value = await Database().HashGetAsync(key.HashKey, key.Field);
            metrics.Lookup(value.HasValue ? "hit" : "miss");
            if (!value.HasValue)
            {
                return null;
            }

            var bytes = (byte[])value!;
            local.Set(key, bytes);
            return bytes;
        }
        catch (Exception ex) when (IsCacheAway(ex))
        {
            metrics.Lookup("unavailable");
            logger.LogWarning("Page cache unavailable ({Error}); rendering {Field} from scoring", ex.GetType().Name, key.Field);
            return null;
        }
    }

    public async Task SetAsync(PageCacheKey key, string html)
    {
        try
        {
            var db = Database();
            await db.HashSetAsync(key.HashKey, key.Field, html);
            await db.KeyExpireAsync(key.HashKey, Lifetime);
        }
        catch (Exception ex) when (IsCacheAway(ex))
        {
            logger.LogWarning("Page cache unavailable ({Error}); {Field} not stored", ex.GetType().Name, key.Field);
        }
    }

    /// <summary>Drops every cached page of a cycle; false when Redis could not be told (its pages then expire on their own).</summary>
    public async Task<bool> InvalidateCycleAsync(string cycleId)
    {
        local.DropCycle(PageCacheKey.CycleHashKey(cycleId));
        try
        {
            await Database().KeyDeleteAsync(PageCacheKey.CycleHashKey(cycleId));
            return true;
        }
        catch (Exception ex) when (IsCacheAway(ex))
        {
            logger.LogWarning("Page cache unavailable ({Error}); pages of {Cycle} not invalidated", ex.GetType().Name, cycleId);
            return false;
        }
    }

    // The multiplexer is resolved per call so that a Redis that was down at start-up is used as soon as it answers.
    // Without a "cache" connection string (a bare local run) there is no multiplexer: every call is a miss.
    private IDatabase Database() =>
        (services.GetService<IConnectionMultiplexer>() ?? throw new RedisException("No cache is configured (connection string \"cache\")"))
        .GetDatabase();

    private static bool IsCacheAway(Exception ex) =>
        ex is RedisConnectionException or RedisTimeoutException or RedisException or TimeoutException or ObjectDisposedException;
}
