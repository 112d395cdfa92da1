using Assessment.Contracts.Indicators;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Assessment.Indicators.Observations;

/// <summary>
/// Observation queries. Admins, analysts and services read everything; a reporter reads only its own bodies.
/// Values stream in pages so that scoring a national cycle is not held back by one message per value.
/// </summary>
[Authorize]
public sealed class ObservationsGrpcService(ObservationStore store) : Contracts.Indicators.Observations.ObservationsBase
{
    private const int PageSize = 2_000;

    public override async Task StreamObservations(ObservationQuery request, IServerStreamWriter<ObservationPage> responseStream, ServerCallContext context)
    {
        if (request.Periods.Count == 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Name at least one period, e.g. periods: [\"2024\"]."));
        }

        var bodies = ReadableBodies(context, request.BodyCodes);
        var asOf = request.AsOf?.ToDateTimeOffset();
        var page = new ObservationPage();
        await foreach (var record in store.QueryAsync(request.Periods, bodies, request.IndicatorCodes, asOf, context.CancellationToken))
        {
            page.Observations.Add(record);
            if (page.Observations.Count == PageSize)
            {
                await responseStream.WriteAsync(page, context.CancellationToken);
                page = new ObservationPage();
            }
        }

        if (page.Observations.Count > 0)
        {
            await responseStream.WriteAsync(page, context.CancellationToken);
        }
    }

    public override async Task<ObservationHistory> GetHistory(ObservationKey request, ServerCallContext context)
    {
        ReadableBodies(context, [request.BodyCode]);
        var history = new ObservationHistory();
        history.Revisions.AddRange(await store.HistoryAsync(request.BodyCode, request.IndicatorCode, request.Period, context.CancellationToken));
        if (history.Revisions.Count == 0)
        {
            throw new RpcException(new Status(StatusCode.NotFound,
                $"No value has been received for body {request.BodyCode}, indicator {request.IndicatorCode}, period {request.Period}."));
        }

        return history;
    }

    /// <summary>The bodies this caller may read, narrowed to those asked for; refuses a reporter asking for another body.</summary>
    private static IReadOnlyCollection<string> ReadableBodies(ServerCallContext context, IReadOnlyCollection<string> asked)
    {
        var caller = CallerIdentity.From(context.GetHttpContext().User);
        if (caller.IsAdmin || caller.Roles.Contains(Roles.Analyst) || caller.Roles.Contains(Roles.Service))
        {
            return asked;
        }

        if (asked.Count == 0)
        {
            return caller.Bodies.ToList();
        }

        var foreign = asked.Where(b => !caller.Bodies.Contains(b)).ToList();
        return foreign.Count == 0
            ? asked
            : throw new RpcException(new Status(StatusCode.PermissionDenied,
                $"Caller '{caller.Id}' may read observations of {string.Join(", ", caller.Bodies.Order())} only, not of {string.Join(", ", foreign)}."));
    }
}
