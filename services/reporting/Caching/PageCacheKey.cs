namespace Assessment.Reporting.Caching;

/// <summary>
/// Where a page lives in Redis: one hash per cycle (field = language and path), so that a new run of the cycle
/// drops all of that cycle's pages with a single DEL.
/// </summary>
public sealed record PageCacheKey(string CycleId, string Language, string Path)
{
    public string HashKey => CycleHashKey(CycleId);

    public string Field => $"{Language}|{Path}";

    public static string CycleHashKey(string cycleId) => $"reporting:pages:{cycleId}";
}
