using Assessment.Contracts.Scoring;
using Assessment.Scoring.Cycles;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;

namespace Assessment.Scoring.Scores;

/// <summary>
/// Who sees which scores. A PUBLISHED cycle's published run is public. Any other run is a draft: admins and services
/// (which pass the answer on only under the same rule) see every body; a reporter sees only the bodies in its token;
/// anyone else, analysts and CSOs included, is refused until publication.
/// </summary>
public static class ScoreVisibility
{
    /// <summary>The bodies the caller may read (null: all), narrowed to the one asked for; throws when it may read none of them.</summary>
    public static IReadOnlyCollection<string>? Readable(CallerIdentity caller, CycleRecord cycle, int runNumber, string requestedBody)
    {
        var isPublic = cycle.State == CycleState.Published && cycle.PublishedRun == runNumber;
        if (isPublic || caller.IsAdmin || caller.Roles.Contains(Roles.Service))
        {
            return requestedBody.Length == 0 ? null : [requestedBody];
        }

        var what = $"Run {runNumber} of cycle {cycle.CycleId} ({CycleStateMachine.Name(cycle.State)}) is not published";
        if (!caller.IsAuthenticated)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated,
                $"{what}: its scores are visible only to the bodies concerned and to the assessment centre. Sign in to see them."));
        }

        if (!caller.Roles.Contains(Roles.Reporter) || caller.Bodies.Count == 0)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied,
                $"{what}: caller '{caller.Id}' reports for no body, and only the bodies concerned and the assessment centre see draft scores."));
        }

        if (requestedBody.Length == 0)
        {
            return [.. caller.Bodies.Order(StringComparer.Ordinal)];
        }

        return caller.Bodies.Contains(requestedBody)
            ? [requestedBody]
            : throw new RpcException(new Status(StatusCode.PermissionDenied,
                $"{what}: caller '{caller.Id}' may see the draft scores of {string.Join(", ", caller.Bodies.Order(StringComparer.Ordinal))} only, not of {requestedBody}."));
    }
}
