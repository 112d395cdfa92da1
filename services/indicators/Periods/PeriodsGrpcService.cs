using System.Globalization;
using Assessment.Contracts.Indicators;
using Assessment.Indicators.Feeds.Validation;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Assessment.Indicators.Periods;

/// <summary>Lists periods for anyone; closing and reopening is for the assessment centre only, audited with a reason.</summary>
public sealed class PeriodsGrpcService(PeriodStore store) : Contracts.Indicators.Periods.PeriodsBase
{
    [AllowAnonymous]
    public override async Task<ListPeriodsResponse> ListPeriods(ListPeriodsRequest request, ServerCallContext context) =>
        ToResponse((await store.ListAsync(context.CancellationToken)).Where(p => p.Code.StartsWith(request.Prefix, StringComparison.Ordinal)));

    // Scoring closes a cycle's period on the admin's behalf, as a service.
    [Authorize(Roles = Roles.MethodologyAdmin + "," + Roles.Service)]
    public override Task<ListPeriodsResponse> ClosePeriods(ChangePeriodsRequest request, ServerCallContext context) =>
        ChangeAsync(request, "closed", context);

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override Task<ListPeriodsResponse> ReopenPeriods(ChangePeriodsRequest request, ServerCallContext context) =>
        ChangeAsync(request, "open", context);

    private async Task<ListPeriodsResponse> ChangeAsync(ChangePeriodsRequest request, string state, ServerCallContext context)
    {
        if (request.Codes.Count == 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Name the periods to change, e.g. codes: [\"2024\"]."));
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Give a reason (1 to 1000 characters); it is kept in the audit trail."));
        }

        var caller = CallerIdentity.From(context.GetHttpContext().User);
        var missing = await store.SetStateAsync(request.Codes.Distinct().ToList(), state, caller.Id, request.Reason, context.CancellationToken);
        if (missing.Count > 0)
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"No period {string.Join(", ", missing)}; nothing was changed."));
        }

        var codes = request.Codes.ToHashSet();
        return ToResponse((await store.ListAsync(context.CancellationToken)).Where(p => codes.Contains(p.Code)));
    }

    private static ListPeriodsResponse ToResponse(IEnumerable<PeriodRecord> periods)
    {
        var response = new ListPeriodsResponse();
        response.Periods.AddRange(periods.Select(p => new Period
        {
            Code = p.Code,
            Kind = p.Kind switch { "quarter" => Periodicity.Quarter, "month" => Periodicity.Month, _ => Periodicity.Year },
            StartsOn = p.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndsOn = p.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Open = p.IsOpen,
            Deadline = p.Deadline.ToString("O", CultureInfo.InvariantCulture),
        }));
        return response;
    }
}
