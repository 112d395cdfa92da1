using Assessment.Contracts.Indicators;
using Grpc.Core;

namespace Assessment.Indicators.Catalogue;

/// <summary>The public read side of the catalogue (gRPC, and JSON through transcoding).</summary>
public sealed class CatalogueGrpcService(CatalogueStore store, TimeProvider time) : Contracts.Indicators.Catalogue.CatalogueBase
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
        response.Indicators.AddRange((await store.ListIndicatorsAsync(context.CancellationToken)).Select(i => i.ToContract()));
        return response;
    }
}
