using Assessment.Reporting.Caching;
using Assessment.Reporting.Localisation;
using Assessment.Reporting.Rendering;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Pages;

/// <summary>
/// Serves a page: from the cache when a public copy exists, else rendered as the caller; public results are then
/// stored for the next reader. Pages of one cycle are cached together so a new run can drop them at once.
/// </summary>
public sealed class PageServer(PageCache cache, PageMetrics metrics, UiStrings strings)
{
    public const string CacheHeader = "X-Cache";

    public async Task<IResult> ServeAsync(HttpContext http, string pageName, string? cycleId,
        Func<PageContext, string?, Task<RenderedPage>> render)
    {
        var page = Context(http);
        var key = cycleId is null ? null : new PageCacheKey(cycleId, page.Language, page.Path);
        if (key is not null && await cache.GetAsync(key) is { } cached)
        {
            Headers(http, "hit", isPublic: true);
            return Results.Bytes(cached, "text/html; charset=utf-8");
        }

        var started = PageMetrics.Start();
        var rendered = await render(page, CallerToken.From(http));
        metrics.Rendered(pageName, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        if (key is not null && rendered.Public && rendered.StatusCode == StatusCodes.Status200OK)
        {
            await cache.SetAsync(key, rendered.Html);
        }

        Headers(http, key is null || !rendered.Public ? "bypass" : "miss", rendered.Public);
        return Results.Content(rendered.Html, "text/html; charset=utf-8", statusCode: rendered.StatusCode);
    }

    public PageContext Context(HttpContext http) => new(LanguageSelector.Select(http), strings, http.Request.Path.Value ?? "/");

    private static void Headers(HttpContext http, string cacheResult, bool isPublic)
    {
        http.Response.Headers[CacheHeader] = cacheResult;
        // Language comes from the cookie or Accept-Language when ?lang= is absent, so shared caches must key on them.
        http.Response.Headers.Vary = "Cookie, Accept-Language";
        http.Response.Headers.CacheControl = isPublic ? "public, max-age=60" : "private, no-store";
    }
}
