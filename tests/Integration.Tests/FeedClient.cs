using Assessment.Contracts.Indicators;
using Assessment.Contracts.Scoring;
using Grpc.Core;

namespace Assessment.Integration.Tests;

/// <summary>What a regional system does over gRPC through the gateway, in a few words per call.</summary>
public sealed class FeedClient(RunningSystem system)
{
    public Feeds.FeedsClient Feeds { get; } = new(system.GatewayGrpc);

    public Observations.ObservationsClient Observations { get; } = new(system.GatewayGrpc);

    public Task<SubmissionReceipt> SubmitAsync(string token, string submissionId, params ObservationValue[] values) =>
        SubmitAsync(token, submissionId, false, values);

    public async Task<SubmissionReceipt> SubmitAsync(string token, string submissionId, bool dryRun, params ObservationValue[] values)
    {
        var request = new SubmitRequest { SubmissionId = submissionId, DryRun = dryRun };
        request.Observations.AddRange(values);
        return await Feeds.SubmitAsync(request, RunningSystem.WithToken(token));
    }

    /// <summary>Submits and expects a rejection; returns the gRPC status and the receipt carried in its details.</summary>
    public async Task<(StatusCode Code, SubmissionReceipt Receipt)> SubmitRejectedAsync(string token, string submissionId, params ObservationValue[] values)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => SubmitAsync(token, submissionId, values));
        var receipt = error.GetRpcStatus()?.GetDetail<SubmissionReceipt>()
            ?? throw new InvalidOperationException($"The rejection carried no receipt: {error.Status}");
        return (error.StatusCode, receipt);
    }

    public async Task<ObservationHistory?> HistoryAsync(string token, string body, string indicator, string period)
    {
        try
        {
            return await Observations.GetHistoryAsync(new ObservationKey { BodyCode = body, IndicatorCode = indicator, Period = period }, RunningSystem.WithToken(token));
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<List<ObservationRecord>> QueryAsync(string token, ObservationQuery query)
    {
        using var call = Observations.StreamObservations(query, RunningSystem.WithToken(token));
        var records = new List<ObservationRecord>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            records.AddRange(page.Observations);
        }

        return records;
    }

    /// <summary>Waits until scoring has recorded the ObservationsAccepted event of a submission.</summary>
    public Task<FeedEvent> ScoringHeardOfAsync(string submissionId, TimeSpan within) =>
        Eventually.GetAsync(async () =>
        {
            var events = await new FeedActivity.FeedActivityClient(system.GatewayGrpc).ListFeedEventsAsync(
                new ListFeedEventsRequest { SubmissionId = submissionId, Limit = 10 }, deadline: DateTime.UtcNow.AddSeconds(10));
            return events.Events.SingleOrDefault();
        }, within, $"scoring to record the event of submission {submissionId}");

    public static ObservationValue Value(string body, string indicator, string period, double value, string unit = "") =>
        new() { BodyCode = body, IndicatorCode = indicator, Period = period, Value = value, Unit = unit };
}
