using Assessment.Contracts.Scoring;
using Assessment.Reporting.Releases;
using Assessment.Reporting.Scoring;
using Grpc.Core;

namespace Assessment.Reporting.OpenData;

/// <summary>
/// /open-data/{cycle}/run-{n}.csv, .json and .columns.json. A run is immutable, so a published run's files are
/// cacheable for ever; drafts go only to those scoring lets see them (the caller's token is passed on).
/// </summary>
public static class OpenDataEndpoints
{
    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/open-data/{cycleId}");
        group.MapGet("/run-{run:int}.csv", (HttpContext http, string cycleId, int run, ScoringReader scoring, ReleaseStore releases, CancellationToken ct) =>
            ServeAsync(http, cycleId, run, scoring, releases, (table, _) => Results.Text(CsvWriter.Write(table), "text/csv; charset=utf-8"), "csv", ct));
        group.MapGet("/run-{run:int}.json", (HttpContext http, string cycleId, int run, ScoringReader scoring, ReleaseStore releases, CancellationToken ct) =>
            ServeAsync(http, cycleId, run, scoring, releases, (table, result) => Results.Bytes(JsonReleaseWriter.Write(table, result), "application/json"), "json", ct));
        group.MapGet("/run-{run:int}.columns.json", (HttpContext http, string cycleId, int run, ScoringReader scoring, ReleaseStore releases, CancellationToken ct) =>
            ServeAsync(http, cycleId, run, scoring, releases, (table, result) => Results.Bytes(ColumnsWriter.Write(table, result), "application/json"), null, ct));
        return app;
    }

    private static async Task<IResult> ServeAsync(HttpContext http, string cycleId, int run, ScoringReader scoring, ReleaseStore releases,
        Func<ScoreTable, ScoreRunResult, IResult> write, string? downloadExtension, CancellationToken cancellationToken)
    {
        if (run < 1)
        {
            return Results.Problem($"Run numbers start at 1; '{run}' in the URL names no run.", statusCode: StatusCodes.Status404NotFound);
        }

        var bearer = CallerToken.From(http);
        ScoreRunResult result;
        try
        {
            result = await scoring.GetScoresAsync(cycleId, run, null, lineage: false, bearer, cancellationToken);
        }
        catch (RpcException ex)
        {
            return Failure(ex, cycleId, run, bearer is not null);
        }

        var table = ScoreTable.From(result);
        var published = result.Cycle.State == CycleState.Published && result.Cycle.PublishedRun == run;
        http.Response.Headers.CacheControl = published ? "public, max-age=86400" : "private, no-store";
        if (published)
        {
            await RecordAsync(releases, table.Release, result, cancellationToken);
        }

        http.Response.Headers["X-Release-Id"] = table.Release.ToString();
        if (downloadExtension is not null)
        {
            http.Response.Headers.ContentDisposition = $"inline; filename=\"{cycleId}-run-{run}.{downloadExtension}\"";
        }

        return write(table, result);
    }

    // The first download of a published run enters it in /api/v1/releases, with who published it and when.
    private static Task RecordAsync(ReleaseStore releases, ReleaseId id, ScoreRunResult result, CancellationToken cancellationToken)
    {
        var publication = result.Cycle.History.LastOrDefault(t => t.To == CycleState.Published);
        var at = (publication?.At ?? result.Run.ComputedAt)?.ToDateTimeOffset() ?? DateTimeOffset.UnixEpoch;
        var release = new Release(id.ToString(), id.CycleId, id.MethodologyId, id.MethodologyVersion, id.RunNumber, at);
        return releases.RecordReleaseAsync(release, publication?.Actor ?? "unknown", cancellationToken);
    }

    private static IResult Failure(RpcException ex, string cycleId, int run, bool signedIn) => ex.StatusCode switch
    {
        StatusCode.Unauthenticated or StatusCode.PermissionDenied when !signedIn =>
            Results.Problem($"Run {run} of cycle '{cycleId}' is not published: sign in as the body concerned or an admin.", statusCode: StatusCodes.Status401Unauthorized),
        StatusCode.PermissionDenied =>
            Results.Problem($"Run {run} of cycle '{cycleId}' is not published and this caller may not see it.", statusCode: StatusCodes.Status403Forbidden),
        StatusCode.NotFound or StatusCode.InvalidArgument or StatusCode.FailedPrecondition =>
            Results.Problem($"No run {run} of cycle '{cycleId}': {ex.Status.Detail}", statusCode: StatusCodes.Status404NotFound),
        _ => Results.Problem($"Scoring did not answer for run {run} of cycle '{cycleId}' ({ex.StatusCode}); try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable),
    };
}
