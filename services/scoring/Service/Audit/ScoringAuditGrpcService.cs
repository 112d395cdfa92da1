using Assessment.Contracts.Scoring;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Assessment.Scoring.Audit;

/// <summary>The scoring audit trail, for the assessment centre only.</summary>
public sealed class ScoringAuditGrpcService(ScoringAuditStore store) : Contracts.Scoring.ScoringAudit.ScoringAuditBase
{
    private static readonly string[] Entities = ["", "methodology", "cycle", "run"];

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<ListScoringAuditResponse> ListScoringAudit(ListScoringAuditRequest request, ServerCallContext context)
    {
        if (!Entities.Contains(request.Entity, StringComparer.Ordinal))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"entity '{request.Entity}': methodology, cycle, run, or empty for all."));
        }

        if (request.Limit is < 0 or > 1000)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"limit {request.Limit}: 1 to 1000 (0 for 100)."));
        }

        var response = new ListScoringAuditResponse();
        response.Entries.AddRange(await store.ListAsync(request.Entity, request.Code, request.Limit == 0 ? 100 : request.Limit, context.CancellationToken));
        return response;
    }
}
