using Assessment.Indicators.Catalogue;
using Assessment.Indicators.Periods;
using Npgsql;

namespace Assessment.Indicators.Feeds.Validation;

/// <summary>
/// The catalogue snapshot that submissions are validated against, read from the database only when the catalogue has
/// changed. Every change of a body, an indicator or a period writes a row to the append-only catalogue_audit table in
/// the same transaction, so the number of audit rows is a version that grows with every committed change, whichever
/// instance made it; checking it is one index-only count per submission instead of reading three tables.
/// </summary>
public sealed class CatalogueSnapshotCache(NpgsqlDataSource dataSource, CatalogueStore catalogue, PeriodStore periods)
{
    private volatile Cached? _cached;

    public async Task<CatalogueSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        // The version is read before the tables: a change committed in between makes the next call read them again.
        var version = await VersionAsync(cancellationToken);
        if (_cached is { } cached && cached.Version == version)
        {
            return cached.Snapshot;
        }

        var snapshot = new CatalogueSnapshot(
            await catalogue.ListBodiesAsync(cancellationToken),
            await catalogue.ListIndicatorsAsync(cancellationToken),
            await periods.ListAsync(cancellationToken));
        _cached = new Cached(version, snapshot);
        return snapshot;
    }

    private async Task<long> VersionAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM catalogue_audit");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private sealed record Cached(long Version, CatalogueSnapshot Snapshot);
}
