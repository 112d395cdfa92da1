using Assessment.Contracts.Scoring;
using Assessment.Reporting.Consultation;
using Assessment.Reporting.Contests;
using Assessment.Reporting.Rendering;
using Assessment.Reporting.Scoring;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;

namespace Assessment.Reporting.Pages;

/// <summary>
/// Fetches what a page shows from scoring (as the caller, or anonymously when bearer is null) and renders it.
/// The same renderer serves requests, re-renders after a new run and feeds the PDF printer.
/// </summary>
public sealed class PageRenderer(ScoringReader scoring, BodyDirectory directory, BodyTrend trends, ContestService contests,
    VersionComparison comparisons, CommentStore comments)
{
    public async Task<RenderedPage> CyclesAsync(PageContext page, string? bearer, CancellationToken cancellationToken)
    {
        try
        {
            var cycles = await scoring.ListCyclesAsync(bearer, cancellationToken);
            return new RenderedPage(StatusCodes.Status200OK, CycleListPage.Render(page, cycles), Public: false);
        }
        catch (RpcException ex)
        {
            return ScoringFailure.Page(page, ex, bearer is not null);
        }
    }

    public async Task<RenderedPage> NationalAsync(PageContext page, string cycleId, string? bearer, CancellationToken cancellationToken)
    {
        try
        {
            var result = await scoring.GetScoresAsync(cycleId, 0, null, lineage: false, bearer, cancellationToken);
            var names = await directory.NamesAsync(cancellationToken);
            return new RenderedPage(StatusCodes.Status200OK, NationalPage.Render(page, result, names), IsPublic(result));
        }
        catch (RpcException ex)
        {
            return ScoringFailure.Page(page, ex, bearer is not null);
        }
    }

    public async Task<RenderedPage> BodyAsync(PageContext page, string cycleId, string bodyCode, string? bearer, CallerIdentity caller,
        CancellationToken cancellationToken)
    {
        try
        {
            var result = await scoring.GetScoresAsync(cycleId, 0, bodyCode, lineage: true, bearer, cancellationToken);
            var body = result.Bodies.FirstOrDefault(b => b.BodyCode == bodyCode);
            if (body is null)
            {
                return ErrorPage.Render(page, StatusCodes.Status404NotFound, "error.notfound", "body.notfound", bodyCode);
            }

            var names = await directory.NamesAsync(cancellationToken);
            var trend = await trends.ForAsync(result, body, cancellationToken);
            var log = await contests.ForBodyPageAsync(result.Cycle, bodyCode, caller, cancellationToken);
            return new RenderedPage(StatusCodes.Status200OK, BodyPage.Render(page, result, body, names, trend, log), IsPublic(result));
        }
        catch (RpcException ex)
        {
            return ScoringFailure.Page(page, ex, bearer is not null);
        }
    }

    public async Task<RenderedPage> ObservationAsync(PageContext page, string cycleId, string bodyCode, string indicatorCode, string? bearer,
        CancellationToken cancellationToken)
    {
        try
        {
            var result = await scoring.GetScoresAsync(cycleId, 0, bodyCode, lineage: true, bearer, cancellationToken);
            var body = result.Bodies.FirstOrDefault(b => b.BodyCode == bodyCode);
            var indicator = body?.Indicators.FirstOrDefault(i => i.Code == indicatorCode);
            if (body is null || indicator is null)
            {
                return ErrorPage.Render(page, StatusCodes.Status404NotFound, "error.notfound", "body.notfound", $"{bodyCode} / {indicatorCode}");
            }

            var names = await directory.NamesAsync(cancellationToken);
            return new RenderedPage(StatusCodes.Status200OK, ObservationPage.Render(page, result, body, indicator, names), IsPublic(result));
        }
        catch (RpcException ex)
        {
            return ScoringFailure.Page(page, ex, bearer is not null);
        }
    }

    public async Task<RenderedPage> MethodologyAsync(PageContext page, string id, string version, CancellationToken cancellationToken)
    {
        try
        {
            var all = await scoring.ListMethodologiesAsync(cancellationToken);
            var versions = all.Where(m => m.Id == id).OrderBy(m => m.Version, StringComparer.Ordinal).ToList();
            var methodology = versions.FirstOrDefault(m => m.Version == version);
            if (methodology is null)
            {
                return ErrorPage.Render(page, StatusCodes.Status404NotFound, "error.notfound", "methodology.notfound", $"{id} {version}");
            }

            var example = await PublishedExampleAsync(id, version, cancellationToken);
            var names = await directory.NamesAsync(cancellationToken);
            var changes = await comparisons.AgainstPreviousAsync(methodology, versions, cancellationToken);
            var thread = await comments.ListAsync(id, version, cancellationToken);
            return new RenderedPage(StatusCodes.Status200OK, MethodologyPage.Render(page, methodology, versions, example, names, changes, thread), Public: false);
        }
        catch (RpcException ex)
        {
            return ScoringFailure.Page(page, ex, signedIn: false);
        }
    }

    // Only a published run may illustrate a public page; drafts stay with their bodies.
    private async Task<ScoreRunResult?> PublishedExampleAsync(string id, string version, CancellationToken cancellationToken)
    {
        try
        {
            var cycles = await scoring.ListCyclesAsync(null, cancellationToken);
            var cycle = cycles.FirstOrDefault(c => c.MethodologyId == id && c.MethodologyVersion == version && c.State == CycleState.Published);
            return cycle is null ? null : await scoring.GetScoresAsync(cycle.CycleId, 0, null, lineage: true, null, cancellationToken);
        }
        catch (RpcException)
        {
            return null;
        }
    }

    private static bool IsPublic(ScoreRunResult result) =>
        result.Cycle.State == CycleState.Published && result.Run.RunNumber == result.Cycle.PublishedRun;
}
