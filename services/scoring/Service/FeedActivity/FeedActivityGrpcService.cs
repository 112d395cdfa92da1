using Assessment.Contracts.Scoring;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Assessment.Scoring.FeedActivity;

public sealed class FeedActivityGrpcService(FeedEventStore store) : Contracts.Scoring.FeedActivity.FeedActivityBase
{
    private const int MaxLimit = 1000;

    public override async Task<ListFeedEventsResponse> ListFeedEvents(ListFeedEventsRequest request, ServerCallContext context)
    {
        if (request.Limit is < 0 or > MaxLimit)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"limit is {request.Limit}; it must be between 1 and {MaxLimit} (0 means 100)."));
        }

        var events = await store.ListAsync(request.Limit == 0 ? 100 : request.Limit, request.SubmissionId, context.CancellationToken);
        var response = new ListFeedEventsResponse();
        foreach (var e in events)
        {
            var contract = new FeedEvent
            {
                SubmissionId = e.SubmissionId,
                Accepted = e.Accepted,
                AcceptedAt = Timestamp.FromDateTimeOffset(e.AcceptedAt),
                ReceivedAt = Timestamp.FromDateTimeOffset(e.ReceivedAt),
            };
            contract.BodyCodes.AddRange(e.BodyCodes);
            contract.Periods.AddRange(e.Periods);
            contract.IndicatorCodes.AddRange(e.IndicatorCodes);
            response.Events.Add(contract);
        }

        return response;
    }
}
