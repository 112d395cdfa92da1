using Assessment.Contracts.Scoring;
using Assessment.Reporting.Api;
using Assessment.Reporting.Contests;
using Assessment.Reporting.Scoring;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;

namespace Assessment.Reporting.Consultation;

/// <summary>
/// Public consultation on a methodology version: registered CSOs (and admins) comment on an indicator, a weight or a
/// rule; the assessment centre answers in public, optionally attaching a comparison run from scoring.
/// </summary>
public sealed class ConsultationService(CommentStore store, ScoringReader scoring, TimeProvider time)
{
    public async Task<IResult> SubmitAsync(string methodologyId, string version, CommentRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        if (!caller.IsAuthenticated)
        {
            return Problems.Unauthorized("comment on a methodology");
        }

        if (!caller.IsAdmin && !caller.Roles.Contains(Roles.Cso))
        {
            return Problems.Forbidden($"Only registered civil-society organisations (role {Roles.Cso}) and the assessment centre comment in the consultation; caller '{caller.Id}' may not.");
        }

        MethodologyText methodology;
        try
        {
            methodology = await scoring.GetMethodologyAsync(methodologyId, version, cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            return Problems.NotFound($"There is no methodology {methodologyId} version {version} to comment on.");
        }
        catch (RpcException ex)
        {
            return Problems.Unavailable($"Scoring did not answer ({ex.StatusCode}); nothing was stored, try again shortly.");
        }

        if (methodology.Summary.Version != version)
        {
            return Problems.NotFound($"There is no methodology {methodologyId} version {version} to comment on.");
        }

        if (CommentRules.Check(request, methodology.Yaml, $"{methodologyId} {version}") is { } invalid)
        {
            return invalid;
        }

        var comment = new Comment(Guid.NewGuid().ToString(), methodologyId, version, request.TargetKind!, request.Target!.Trim(), request.Text!.Trim(),
            caller.Id, time.GetUtcNow(), null, null, null, null);
        await store.AddAsync(comment, cancellationToken);
        return Results.Created($"/api/v1/reporting/consultations/{methodologyId}/{version}/comments", comment);
    }

    public async Task<IResult> ListAsync(string methodologyId, string version, CancellationToken cancellationToken) =>
        Results.Ok(new { comments = await store.ListAsync(methodologyId, version, cancellationToken) });

    public async Task<IResult> AnswerAsync(string id, CommentAnswerRequest request, CallerIdentity caller, string? bearer, CancellationToken cancellationToken)
    {
        if (Caller.RequireAdmin(caller, "answer a consultation comment") is { } refusal)
        {
            return refusal;
        }

        if (!Guid.TryParse(id, out var commentId) || await store.FindAsync(commentId, cancellationToken) is not { } comment)
        {
            return Problems.NotFound($"There is no comment '{id}'.");
        }

        if (comment.Answer is not null)
        {
            return Problems.Conflict($"Comment {id} was answered by {comment.AnsweredBy} at {comment.AnsweredAt:O}; an answer is given once.");
        }

        if (ContestRules.TextLength("text", request.Text) is { } invalid)
        {
            return invalid;
        }

        ComparisonSummary? summary = null;
        if (request.Comparison is { } comparison)
        {
            var compared = await CompareAsync(comment, comparison, bearer, cancellationToken);
            if (compared.Refusal is not null)
            {
                return compared.Refusal;
            }

            summary = compared.Summary;
        }

        var answered = await store.AnswerAsync(commentId, request.Text!.Trim(), summary, caller.Id, time.GetUtcNow(), cancellationToken);
        return answered is null
            ? Problems.Conflict($"Comment {id} was answered meanwhile; an answer is given once.")
            : Results.Ok(answered);
    }

    private async Task<(ComparisonSummary? Summary, IResult? Refusal)> CompareAsync(Comment comment, ComparisonRequest request, string? bearer,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.CycleId))
        {
            return (null, Problems.BadRequest("comparison.cycleId", request.CycleId, "name the cycle whose data both versions score"));
        }

        if (request.CandidateMethodologyId != comment.MethodologyId)
        {
            return (null, Problems.BadRequest("comparison.candidateMethodologyId", request.CandidateMethodologyId,
                $"must be {comment.MethodologyId}: a comparison scores two versions of the commented methodology"));
        }

        if (string.IsNullOrWhiteSpace(request.CandidateVersion) || request.CandidateVersion == comment.MethodologyVersion)
        {
            return (null, Problems.BadRequest("comparison.candidateVersion", request.CandidateVersion,
                $"name another registered version of {comment.MethodologyId} than the commented {comment.MethodologyVersion}"));
        }

        try
        {
            var result = await scoring.CompareAsync(request.CycleId, comment.MethodologyId, comment.MethodologyVersion, request.CandidateVersion, bearer, cancellationToken);
            return (Summarise(result, comment.MethodologyId), null);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument or StatusCode.FailedPrecondition)
        {
            return (null, Problems.BadRequest("comparison", $"{request.CycleId} {comment.MethodologyVersion} vs {request.CandidateVersion}", ex.Status.Detail));
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.PermissionDenied or StatusCode.Unauthenticated)
        {
            return (null, Problems.Forbidden($"Scoring refused the comparison: {ex.Status.Detail}"));
        }
        catch (RpcException ex)
        {
            return (null, Problems.Unavailable($"Scoring did not answer the comparison ({ex.StatusCode}); nothing was stored, try again shortly."));
        }
    }

    public static ComparisonSummary Summarise(MethodologyComparisonResult result, string methodologyId)
    {
        var shifts = result.Bodies
            .Select(b => new RankShift(b.BodyCode, b.RankA, b.RankB, b.RankShift, b.HasScoreA ? b.ScoreA : null, b.HasScoreB ? b.ScoreB : null, b.BandA, b.BandB))
            .OrderByDescending(s => Math.Abs(s.Shift)).ThenBy(s => s.BodyCode, StringComparer.Ordinal)
            .ToList();
        return new ComparisonSummary(result.CycleId, methodologyId, result.VersionA, result.VersionB, result.Bodies.Count,
            shifts.Count(s => s.Shift != 0), shifts.Count == 0 ? 0 : shifts.Max(s => Math.Abs(s.Shift)), shifts);
    }
}
