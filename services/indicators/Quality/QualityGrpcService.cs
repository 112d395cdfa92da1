using Assessment.Contracts.Indicators;
using Assessment.Indicators.Catalogue;
using Assessment.Indicators.Periods;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Assessment.Indicators.Quality;

/// <summary>Completeness, timeliness and outlier flags: for admins and analysts, and for a body about itself.</summary>
[Authorize]
public sealed class QualityGrpcService(QualityStore quality, CatalogueStore catalogue, PeriodStore periods) : Contracts.Indicators.Quality.QualityBase
{
    public override async Task<CompletenessReport> GetCompleteness(CompletenessRequest request, ServerCallContext context)
    {
        EnsureMaySee(context, request.BodyCode);
        var body = await catalogue.FindBodyAsync(request.BodyCode, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No body with code '{request.BodyCode}'."));
        var period = (await periods.ListAsync(context.CancellationToken)).FirstOrDefault(p => p.Code == request.Period)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No period '{request.Period}'; periods look like 2024, 2024Q1, 202401."));

        var expected = (await catalogue.ListIndicatorsAsync(context.CancellationToken))
            .Where(i => i.ReportedBy.Contains(body.Kind) && i.Periodicity == period.Kind)
            .Select(i => i.Code).ToList();
        var received = await quality.ReceivedAsync(body.Code, period.Code, period.Deadline, context.CancellationToken);

        var report = new CompletenessReport
        {
            BodyCode = body.Code,
            Period = period.Code,
            Expected = expected.Count,
            Received = expected.Count(received.ContainsKey),
            OnTime = expected.Count(code => received.TryGetValue(code, out var onTime) && onTime),
            Deadline = period.Deadline.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        report.Completeness = expected.Count == 0 ? 1 : (double)report.Received / expected.Count;
        report.Timeliness = report.Received == 0 ? 0 : (double)report.OnTime / report.Received;
        report.MissingIndicatorCodes.AddRange(expected.Where(code => !received.ContainsKey(code)).Order(StringComparer.Ordinal));
        return report;
    }

    public override async Task<ListFlagsResponse> ListFlags(ListFlagsRequest request, ServerCallContext context)
    {
        var caller = CallerIdentity.From(context.GetHttpContext().User);
        if (request.BodyCode.Length > 0)
        {
            EnsureMaySee(context, request.BodyCode);
        }
        else if (!SeesEverything(caller))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "Name your body (body_code) to see its flags; all bodies' flags are for admins and analysts."));
        }

        var response = new ListFlagsResponse();
        response.Flags.AddRange(await quality.FlagsAsync(request.Period, request.BodyCode, context.CancellationToken));
        return response;
    }

    private static void EnsureMaySee(ServerCallContext context, string body)
    {
        var caller = CallerIdentity.From(context.GetHttpContext().User);
        if (!SeesEverything(caller) && !caller.Bodies.Contains(body))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"Caller '{caller.Id}' may not see the reporting of body {body}."));
        }
    }

    private static bool SeesEverything(CallerIdentity caller) =>
        caller.IsAdmin || caller.Roles.Contains(Roles.Analyst) || caller.Roles.Contains(Roles.Service);
}
