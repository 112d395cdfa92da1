using System.Text.RegularExpressions;
using Assessment.Contracts.Scoring;
using Assessment.Scoring.Indicators;
using Assessment.Scoring.Methodologies;
using Assessment.Scoring.Runs;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Assessment.Scoring.Cycles;

/// <summary>Assessment cycles: anyone reads them; the assessment centre opens and moves them, each move kept with who, when and why.</summary>
public sealed partial class CyclesGrpcService(CycleStore cycles, MethodologyStore methodologies, RunStore runs, PeriodLock periods)
    : Contracts.Scoring.Cycles.CyclesBase
{
    private const int MaxReason = 1000;

    public override async Task<ListCyclesResponse> ListCycles(ListCyclesRequest request, ServerCallContext context)
    {
        var response = new ListCyclesResponse();
        response.Cycles.AddRange((await cycles.ListAsync(context.CancellationToken)).Select(c => c.ToContract()));
        return response;
    }

    public override async Task<Cycle> GetCycle(GetCycleRequest request, ServerCallContext context) =>
        (await FindAsync(request.CycleId, context.CancellationToken)).ToContract();

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<Cycle> OpenCycle(OpenCycleRequest request, ServerCallContext context)
    {
        if (!CycleIdPattern().IsMatch(request.CycleId))
        {
            throw Invalid($"cycle_id '{request.CycleId}' must be 3 to 64 lower-case letters, digits or dashes, e.g. \"kz-regions-2025\".");
        }

        if (request.Period.Length is 0 or > 16 || request.PreviousPeriod.Length > 16 || request.Period == request.PreviousPeriod)
        {
            throw Invalid($"period '{request.Period}' must be a period code such as \"2025\" (and previous_period '{request.PreviousPeriod}' another one or empty).");
        }

        var methodology = await methodologies.FindAsync(request.MethodologyId, request.MethodologyVersion, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"No methodology {request.MethodologyId}{(request.MethodologyVersion.Length == 0 ? string.Empty : " version " + request.MethodologyVersion)} is registered; publish it first."));

        var caller = CallerIdentity.From(context.GetHttpContext().User);
        var cycle = new NewCycle(request.CycleId, request.Period, request.PreviousPeriod, methodology.Summary.Id, methodology.Summary.Version,
            [.. request.BodyCodes.Distinct()]);
        if (!await cycles.OpenAsync(cycle, caller.Id, "opened", context.CancellationToken))
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, $"Cycle {request.CycleId} already exists; choose another id."));
        }

        return (await FindAsync(request.CycleId, context.CancellationToken)).ToContract();
    }

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<Cycle> MoveCycle(MoveCycleRequest request, ServerCallContext context)
    {
        if (request.Reason.Length > MaxReason)
        {
            throw Invalid($"reason is {request.Reason.Length} characters; at most {MaxReason}.");
        }

        var cycle = await FindAsync(request.CycleId, context.CancellationToken);
        var hasRun = await runs.LatestAsync(cycle.CycleId, context.CancellationToken) is not null;
        if (CycleStateMachine.Refusal(cycle.CycleId, cycle.State, request.To, hasRun) is { } refusal)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, refusal));
        }

        var caller = CallerIdentity.From(context.GetHttpContext().User);
        if (request.To == CycleState.Closed)
        {
            // Lock the period first: if indicators cannot be reached the cycle stays OPEN, never closed with feeds still accepted.
            await periods.CloseAsync(cycle.Period, cycle.CycleId, caller.Id, request.Reason.Length == 0 ? "cycle closed" : request.Reason,
                context.CancellationToken);
        }

        if (!await cycles.MoveAsync(cycle.CycleId, cycle.State, request.To, caller.Id, request.Reason, context.CancellationToken))
        {
            throw new RpcException(new Status(StatusCode.Aborted, $"Cycle {cycle.CycleId} was moved by someone else meanwhile; read it again and retry."));
        }

        return (await FindAsync(request.CycleId, context.CancellationToken)).ToContract();
    }

    private async Task<CycleRecord> FindAsync(string cycleId, CancellationToken cancellationToken) =>
        await cycles.FindAsync(cycleId, cancellationToken)
        ?? throw new RpcException(new Status(StatusCode.NotFound, $"No cycle {cycleId}."));

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,63}$")]
    private static partial Regex CycleIdPattern();
}
