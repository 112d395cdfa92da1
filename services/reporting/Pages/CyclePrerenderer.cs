using Assessment.Reporting.Caching;
using Assessment.Reporting.Localisation;
using Assessment.Reporting.Rendering;

namespace Assessment.Reporting.Pages;

/// <summary>
/// After a new run: drops the cycle's cached pages and renders its national page again in every language, as an
/// anonymous reader would see it, so the first reader after a run is served from the cache.
/// </summary>
public sealed class CyclePrerenderer(PageCache cache, PageRenderer renderer, UiStrings strings, ILogger<CyclePrerenderer> logger)
{
    public async Task RefreshAsync(string cycleId, CancellationToken cancellationToken)
    {
        if (!await cache.InvalidateCycleAsync(cycleId))
        {
            // Throwing lets the consumer's retry policy try again: a stale public page must not outlive a new run.
            throw new InvalidOperationException($"The page cache could not drop the pages of cycle {cycleId}.");
        }

        foreach (var language in Language.All)
        {
            var page = new PageContext(language, strings, PageLinks.Cycle(cycleId));
            var rendered = await renderer.NationalAsync(page, cycleId, bearer: null, cancellationToken);
            if (rendered.Public && rendered.StatusCode == StatusCodes.Status200OK)
            {
                await cache.SetAsync(new PageCacheKey(cycleId, language, page.Path), rendered.Html);
            }
        }

        logger.LogInformation("Pages of {Cycle} refreshed", cycleId);
    }
}
