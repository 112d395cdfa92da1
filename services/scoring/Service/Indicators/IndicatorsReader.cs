using Assessment.Contracts.Indicators;
using Grpc.Core;

namespace Assessment.Scoring.Indicators;

/// <summary>Reads bodies, indicator reporting rules and observations from indicators over gRPC, as the scoring service.</summary>
public sealed class IndicatorsReader(Catalogue.CatalogueClient catalogue, Observations.ObservationsClient observations, ServiceToken token)
{
    /// <summary>
    /// The bodies a cycle scores: the listed ones, or else every active body of a kind that reports one of the
    /// methodology's indicators; when the catalogue knows none of them, every active body.
    /// </summary>
    public async Task<IReadOnlyList<CatalogueBody>> BodiesAsync(IReadOnlyCollection<string> listed, IReadOnlyCollection<string> indicatorCodes,
        CancellationToken cancellationToken)
    {
        // Both lists at once: under a quarter-end burst each round trip to indicators waits behind the feeds.
        var indicatorsRequest = new ListIndicatorsRequest();
        indicatorsRequest.Codes.AddRange(indicatorCodes);
        using var bodiesCall = catalogue.ListBodiesAsync(new ListBodiesRequest { IncludeInactive = listed.Count > 0 }, token.Headers(),
            cancellationToken: cancellationToken);
        using var indicatorsCall = listed.Count > 0 ? null : catalogue.ListIndicatorsAsync(indicatorsRequest, token.Headers(), cancellationToken: cancellationToken);
        var bodies = (await bodiesCall).Bodies;
        if (listed.Count > 0)
        {
            var wanted = listed.ToHashSet(StringComparer.Ordinal);
            var found = bodies.Where(b => wanted.Contains(b.Code)).ToList();
            var unknown = wanted.Except(found.Select(b => b.Code)).Order().ToList();
            if (unknown.Count > 0)
            {
                throw new RpcException(new Status(StatusCode.FailedPrecondition,
                    $"The cycle names bodies the catalogue does not know: {string.Join(", ", unknown)}."));
            }

            return [.. found.Select(ToBody)];
        }

        var indicators = (await indicatorsCall!).Indicators;
        var codes = indicatorCodes.ToHashSet(StringComparer.Ordinal);
        var kinds = indicators.Where(i => codes.Contains(i.Code)).SelectMany(i => i.ReportedBy).ToHashSet();
        return [.. bodies.Where(b => kinds.Count == 0 || kinds.Contains(b.Kind)).Select(ToBody)];
    }

    /// <summary>
    /// Current values of the indicators in the periods for the bodies, streamed in pages. Only the methodology's
    /// indicators: a body reports hundreds of others (at a quarter end, reading them all made each run read 25 times
    /// the values it scores, and took 5-14 s instead of well under one).
    /// </summary>
    public async Task<IReadOnlyList<ObservationRecord>> ObservationsAsync(IReadOnlyCollection<string> periods, IReadOnlyCollection<string> bodyCodes,
        IReadOnlyCollection<string> indicatorCodes, CancellationToken cancellationToken)
    {
        var query = new ObservationQuery();
        query.Periods.AddRange(periods);
        query.BodyCodes.AddRange(bodyCodes);
        query.IndicatorCodes.AddRange(indicatorCodes);
        using var call = observations.StreamObservations(query, token.Headers(), cancellationToken: cancellationToken);
        var records = new List<ObservationRecord>();
        await foreach (var page in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            records.AddRange(page.Observations);
        }

        return records;
    }

    public async Task<CycleData> ReadAsync(IReadOnlyCollection<string> listedBodies, IReadOnlyCollection<string> indicatorCodes,
        IReadOnlyCollection<string> periods, CancellationToken cancellationToken)
    {
        var bodies = await BodiesAsync(listedBodies, indicatorCodes, cancellationToken);
        var records = await ObservationsAsync(periods, [.. bodies.Select(b => b.Code)], indicatorCodes, cancellationToken);
        return new CycleData(bodies, records);
    }

    private static CatalogueBody ToBody(Body body) => new(body.Code, body.Kind, body.PeerGroup);
}
