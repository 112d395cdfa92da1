using Assessment.Contracts.Indicators;

namespace Assessment.Reporting.Scoring;

/// <summary>
/// Body and indicator names from the indicators catalogue, kept for a few minutes. A page never fails for want of
/// a name: when the catalogue cannot be reached the code stands in for the name.
/// </summary>
public sealed class BodyDirectory(Catalogue.CatalogueClient catalogue, TimeProvider time, ILogger<BodyDirectory> logger)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Snapshot _snapshot = new(new Dictionary<string, BodyName>(), new Dictionary<string, IndicatorName>(), DateTimeOffset.MinValue);

    private sealed record Snapshot(IReadOnlyDictionary<string, BodyName> Bodies, IReadOnlyDictionary<string, IndicatorName> Indicators, DateTimeOffset ExpiresAt);

    public async Task<NameBook> NamesAsync(CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(cancellationToken);
        return new NameBook(snapshot.Bodies, snapshot.Indicators);
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot.ExpiresAt > time.GetUtcNow())
        {
            return snapshot;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot.ExpiresAt > time.GetUtcNow())
            {
                return _snapshot;
            }

            _snapshot = await LoadAsync(cancellationToken);
            return _snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var deadline = time.GetUtcNow().UtcDateTime.AddSeconds(3);
            var bodies = await catalogue.ListBodiesAsync(new ListBodiesRequest { IncludeInactive = true }, deadline: deadline, cancellationToken: cancellationToken);
            var indicators = await catalogue.ListIndicatorsAsync(new ListIndicatorsRequest(), deadline: deadline, cancellationToken: cancellationToken);
            return new Snapshot(
                bodies.Bodies.ToDictionary(b => b.Code, b => new BodyName(b.Code, b.Name.Kk, b.Name.Ru, b.Name.En, b.PeerGroup)),
                indicators.Indicators.ToDictionary(i => i.Code, i => new IndicatorName(i.Code, i.Name.Kk, i.Name.Ru, i.Name.En, i.Unit)),
                time.GetUtcNow() + Lifetime);
        }
        catch (Exception ex) when (ex is Grpc.Core.RpcException or InvalidOperationException or HttpRequestException)
        {
            // Without the catalogue the pages show codes; try again soon rather than on every request.
            logger.LogWarning(ex, "Catalogue unavailable; pages show codes instead of names");
            return _snapshot with { ExpiresAt = time.GetUtcNow() + RetryAfter };
        }
    }
}
