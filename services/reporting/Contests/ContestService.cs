using Assessment.Contracts.Scoring;
using Assessment.Reporting.Api;
using Assessment.Reporting.Caching;
using Assessment.Reporting.Scoring;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;

namespace Assessment.Reporting.Contests;

/// <summary>
/// Right of reply. A body (a reporter for it, or an admin on its behalf) contests while the cycle is in REVIEW;
/// the assessment centre answers once; the log is public once the cycle is published, and before that only the
/// bodies concerned and admins see it. The cycle's state and scores are scoring's, read over gRPC.
/// </summary>
public sealed class ContestService(ContestStore store, ScoringReader scoring, PageCache pages, TimeProvider time)
{
    public async Task<IResult> SubmitAsync(string cycleId, ContestRequest request, CallerIdentity caller, string? bearer, CancellationToken cancellationToken)
    {
        if (!caller.IsAuthenticated)
        {
            return Problems.Unauthorized("contest a score");
        }

        if (ContestRules.Check(request) is { } invalid)
        {
            return invalid;
        }

        var bodyCode = request.BodyCode!.Trim();
        if (!caller.IsAdmin && !(caller.Roles.Contains(Roles.Reporter) && caller.Bodies.Contains(bodyCode)))
        {
            return Problems.Forbidden($"Caller '{caller.Id}' may not contest for {bodyCode}: only a reporter for that body or the assessment centre may.");
        }

        try
        {
            var cycle = await scoring.GetCycleAsync(cycleId, bearer, cancellationToken);
            if (cycle.State != CycleState.Review)
            {
                return Problems.Conflict($"Cycle {cycleId} is {StateName(cycle.State)}; contests are accepted only while it is in REVIEW.");
            }

            var scores = await scoring.GetScoresAsync(cycleId, 0, bodyCode, lineage: true, bearer, cancellationToken);
            if (TargetRefusal(request, scores, bodyCode) is { } refusal)
            {
                return refusal;
            }
        }
        catch (RpcException ex)
        {
            return ScoringRefusal(ex, cycleId, bodyCode);
        }

        var contest = new Contest(Guid.NewGuid().ToString(), cycleId, bodyCode, Blank(request.IndicatorCode), Blank(request.Area), request.Reason!.Trim(),
            Contest.Open, caller.Id, time.GetUtcNow(), null, null, null, null);
        await store.AddAsync(contest, cancellationToken);
        return Results.Created($"/api/v1/reporting/contests/{contest.Id}", contest);
    }

    public async Task<IResult> ListAsync(string cycleId, CallerIdentity caller, string? bearer, CancellationToken cancellationToken)
    {
        Cycle cycle;
        try
        {
            cycle = await scoring.GetCycleAsync(cycleId, bearer, cancellationToken);
        }
        catch (RpcException ex)
        {
            return ScoringRefusal(ex, cycleId, null);
        }

        // Published: the whole log is public. Before: admins see every contest, anyone else only their own bodies'.
        IReadOnlyCollection<string>? bodies = null;
        if (cycle.State != CycleState.Published)
        {
            if (!caller.IsAuthenticated)
            {
                return Problems.Unauthorized($"read the contests of cycle {cycleId} before it is published");
            }

            bodies = caller.IsAdmin ? null : caller.Bodies;
        }

        return Results.Ok(new { contests = await store.ListAsync(cycleId, bodies, cancellationToken) });
    }

    /// <summary>The contests a reader of a body's page may see: all once published, else only for the body's own reporters and admins.</summary>
    public async Task<IReadOnlyList<Contest>> ForBodyPageAsync(Cycle cycle, string bodyCode, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var mayRead = cycle.State == CycleState.Published || caller.IsAdmin || caller.Bodies.Contains(bodyCode);
        return mayRead ? await store.ListAsync(cycle.CycleId, [bodyCode], cancellationToken) : [];
    }

    public async Task<IResult> AnswerAsync(string id, ContestAnswerRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        if (Caller.RequireAdmin(caller, "answer a contest") is { } refusal)
        {
            return refusal;
        }

        if (!Guid.TryParse(id, out var contestId))
        {
            return Problems.NotFound($"There is no contest '{id}': contest ids are UUIDs.");
        }

        if (ContestRules.Check(request) is { } invalid)
        {
            return invalid;
        }

        var answered = await store.AnswerAsync(contestId, request.Answer!.Trim(), request.Outcome!, caller.Id, time.GetUtcNow(), cancellationToken);
        if (answered is null)
        {
            var existing = await store.FindAsync(contestId, cancellationToken);
            return existing is null
                ? Problems.NotFound($"There is no contest {id}.")
                : Problems.Conflict($"Contest {id} was answered by {existing.AnsweredBy} at {existing.AnsweredAt:O}; an answer is given once.");
        }

        // The body's page shows the log: a cached copy must not keep the contest unanswered.
        await pages.InvalidateCycleAsync(answered.CycleId);
        return Results.Ok(answered);
    }

    private static IResult? TargetRefusal(ContestRequest request, ScoreRunResult scores, string bodyCode)
    {
        var body = scores.Bodies.FirstOrDefault(b => b.BodyCode == bodyCode);
        if (body is null)
        {
            return Problems.BadRequest("bodyCode", bodyCode, $"is not scored in cycle {scores.Cycle.CycleId}");
        }

        if (Blank(request.IndicatorCode) is { } indicator && body.Indicators.All(i => i.Code != indicator))
        {
            return Problems.BadRequest("indicatorCode", indicator,
                $"is not an indicator of {bodyCode}'s scores in cycle {scores.Cycle.CycleId} (it has {string.Join(", ", body.Indicators.Select(i => i.Code))})");
        }

        if (Blank(request.Area) is { } area && !scores.NodeCodes.Contains(area))
        {
            return Problems.BadRequest("area", area,
                $"is not an area of cycle {scores.Cycle.CycleId}'s scores (its areas are {string.Join(", ", scores.NodeCodes)})");
        }

        return null;
    }

    private static IResult ScoringRefusal(RpcException ex, string cycleId, string? bodyCode) => ex.StatusCode switch
    {
        StatusCode.NotFound when bodyCode is not null && ex.Status.Detail.Contains(bodyCode, StringComparison.Ordinal) =>
            Problems.BadRequest("bodyCode", bodyCode, ex.Status.Detail),
        StatusCode.NotFound => Problems.NotFound($"No cycle {cycleId} with scores: {ex.Status.Detail}"),
        StatusCode.PermissionDenied => Problems.Forbidden(ex.Status.Detail),
        StatusCode.Unauthenticated => Problems.Unauthorized($"read cycle {cycleId}"),
        _ => Problems.Unavailable($"Scoring did not answer for cycle {cycleId} ({ex.StatusCode}); nothing was stored, try again shortly."),
    };

    public static string StateName(CycleState state) => state.ToString().ToUpperInvariant();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
