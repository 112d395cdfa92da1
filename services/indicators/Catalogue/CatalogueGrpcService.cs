using System.Globalization;
using Assessment.Contracts.Indicators;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Assessment.Indicators.Catalogue;

/// <summary>The public read side of the catalogue (gRPC, and JSON through transcoding).</summary>
public sealed class CatalogueGrpcService(CatalogueStore store, CatalogueAuditStore audit, IndicatorChangeStore indicatorChanges, TimeProvider time) : Contracts.Indicators.Catalogue.CatalogueBase
{
    public override async Task<ListBodiesResponse> ListBodies(ListBodiesRequest request, ServerCallContext context)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var bodies = await store.ListBodiesAsync(context.CancellationToken);
        var response = new ListBodiesResponse();
        response.Bodies.AddRange(bodies
            .Where(b => request.IncludeInactive || b.IsActiveOn(today))
            .Where(b => request.Kind == BodyKind.Unspecified || CatalogueMapping.ToBodyKind(b.Kind) == request.Kind)
            .Select(b => b.ToContract()));
        return response;
    }

    public override async Task<Body> GetBody(GetBodyRequest request, ServerCallContext context)
    {
        var body = await store.FindBodyAsync(request.Code, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No body with code '{request.Code}'. List the catalogue with GET /api/v1/bodies."));
        return body.ToContract();
    }

    public override async Task<ListIndicatorsResponse> ListIndicators(ListIndicatorsRequest request, ServerCallContext context)
    {
        var response = new ListIndicatorsResponse();
        var indicators = await store.ListIndicatorsAsync(context.CancellationToken);
        var wanted = request.Codes.ToHashSet(StringComparer.Ordinal);
        response.Indicators.AddRange(indicators.Where(i => wanted.Count == 0 || wanted.Contains(i.Code)).Select(i => i.ToContract()));
        return response;
    }

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<Body> SaveBody(SaveBodyRequest request, ServerCallContext context)
    {
        if (request.Body is null)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Send the body to save in 'body'."));
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Give a reason (1 to 1000 characters); it is kept in the audit trail."));
        }

        var existing = (await store.ListBodiesAsync(context.CancellationToken)).Select(b => b.Code).ToHashSet();
        var (body, problems) = BodyChangeValidator.Validate(request.Body, existing);
        if (body is null)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"The body was not saved: {string.Join(" ", problems)}"));
        }

        await store.SaveBodyAsync(body, CallerIdentity.From(context.GetHttpContext().User).Id, request.Reason, context.CancellationToken);
        return (await store.FindBodyAsync(body.Code, context.CancellationToken))!.ToContract();
    }

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<SaveIndicatorResponse> SaveIndicator(SaveIndicatorRequest request, ServerCallContext context)
    {
        if (request.Indicator is null)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Send the indicator to save in 'indicator'."));
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Give a reason (1 to 1000 characters); it is kept in the audit trail."));
        }

        var (indicator, problems) = IndicatorChangeValidator.Validate(request.Indicator);
        if (indicator is null)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"The indicator was not saved: {string.Join(" ", problems)}"));
        }

        var outcome = await indicatorChanges.SaveAsync(indicator, CallerIdentity.From(context.GetHttpContext().User).Id, request.Reason,
            request.KeepStoredValuesOutsideRange, context.CancellationToken);
        if (!outcome.Saved)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"The indicator was not saved: {outcome.StoredValuesOutsideRange} stored current values of '{indicator.Code}' lie outside the new valid range " +
                $"{indicator.ValidMin.ToString("R", CultureInfo.InvariantCulture)} to {indicator.ValidMax.ToString("R", CultureInfo.InvariantCulture)} " +
                $"(e.g. {string.Join(", ", outcome.Examples)}). Stored values are never changed by a range change: correct them with new submissions first, " +
                "or resend with keep_stored_values_outside_range to keep them as they are."));
        }

        var saved = (await store.ListIndicatorsAsync(context.CancellationToken)).Single(i => i.Code == indicator.Code);
        return new SaveIndicatorResponse { Indicator = saved.ToContract(), StoredValuesOutsideRange = outcome.StoredValuesOutsideRange };
    }

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<ListCatalogueAuditResponse> ListCatalogueAudit(ListCatalogueAuditRequest request, ServerCallContext context)
    {
        var response = new ListCatalogueAuditResponse();
        response.Entries.AddRange(await audit.ListAsync(request.Entity, request.Code, request.Limit is > 0 and <= 1000 ? request.Limit : 100, context.CancellationToken));
        return response;
    }
}
