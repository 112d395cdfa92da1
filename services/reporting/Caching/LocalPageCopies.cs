using System.Collections.Concurrent;

namespace Assessment.Reporting.Caching;

/// <summary>
/// The hottest pages as UTF-8 bytes in this process, in front of Redis: a hit costs no network round trip and no
/// encoding. Copies live a few seconds only, so another replica's invalidation reaches readers within that time;
/// this replica's own invalidation drops them at once.
/// </summary>
public sealed class LocalPageCopies(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(3);
    private const int MaxEntries = 2000;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, (byte[] Bytes, DateTimeOffset Expires)>> _cycles = new(StringComparer.Ordinal);

    public byte[]? Get(PageCacheKey key)
    {
        if (_cycles.TryGetValue(key.HashKey, out var pages) && pages.TryGetValue(key.Field, out var copy))
        {
            if (copy.Expires > time.GetUtcNow())
            {
                return copy.Bytes;
            }

            pages.TryRemove(key.Field, out _);
        }

        return null;
    }

    public void Set(PageCacheKey key, byte[] bytes)
    {
        var pages = _cycles.GetOrAdd(key.HashKey, _ => new ConcurrentDictionary<string, (byte[], DateTimeOffset)>(StringComparer.Ordinal));
        // A bound on memory: many distinct paths (e.g. every body in every language) simply start afresh.
        if (pages.Count >= MaxEntries)
        {
            pages.Clear();
        }

        pages[key.Field] = (bytes, time.GetUtcNow() + Lifetime);
    }

    public void DropCycle(string hashKey) => _cycles.TryRemove(hashKey, out _);
}
