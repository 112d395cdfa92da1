using Assessment.Contracts.Scoring;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Assessment.Scoring.Methodologies;

public sealed class MethodologiesGrpcService(MethodologyStore store) : Contracts.Scoring.Methodologies.MethodologiesBase
{
    public override async Task<ListMethodologiesResponse> ListMethodologies(ListMethodologiesRequest request, ServerCallContext context)
    {
        var response = new ListMethodologiesResponse();
        foreach (var m in await store.ListAsync(context.CancellationToken))
        {
            response.Methodologies.Add(new MethodologySummary
            {
                Id = m.Id,
                Version = m.Version,
                Title = m.Title,
                Sha256 = m.Sha256,
                RegisteredAt = Timestamp.FromDateTimeOffset(m.RegisteredAt),
            });
        }

        return response;
    }
}
