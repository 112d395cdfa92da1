using Assessment.Contracts.Events;
using Assessment.Reporting.Audit;
using Npgsql;

namespace Assessment.Reporting.Releases;

public sealed record Release(string ReleaseId, string CycleId, string MethodologyId, string MethodologyVersion, int RunNumber, DateTimeOffset PublishedAt);

public sealed record AnnouncedRun(string CycleId, int RunNumber, string MethodologyId, string MethodologyVersion, DateTimeOffset ComputedAt);

/// <summary>The releases and announced_runs tables.</summary>
public sealed class ReleaseStore(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<Release>> ListReleasesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT release_id, cycle_id, methodology_id, methodology_version, run_number, published_at FROM releases ORDER BY published_at DESC");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<Release>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new Release(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return list;
    }

    public async Task<IReadOnlyList<AnnouncedRun>> ListAnnouncedRunsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT cycle_id, run_number, methodology_id, methodology_version, computed_at FROM announced_runs ORDER BY computed_at DESC LIMIT 100");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<AnnouncedRun>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new AnnouncedRun(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return list;
    }

    /// <summary>Records a published release once: its id, and who published it when. A release, once recorded, never changes.</summary>
    public async Task RecordReleaseAsync(Release release, string publishedBy, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO releases (release_id, cycle_id, methodology_id, methodology_version, run_number, published_at, published_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (release_id) DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue(release.ReleaseId);
        command.Parameters.AddWithValue(release.CycleId);
        command.Parameters.AddWithValue(release.MethodologyId);
        command.Parameters.AddWithValue(release.MethodologyVersion);
        command.Parameters.AddWithValue(release.RunNumber);
        command.Parameters.AddWithValue(release.PublishedAt);
        command.Parameters.AddWithValue(publishedBy);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            await AuditLog.AppendAsync(connection, transaction, publishedBy, "release.recorded", $"release/{release.ReleaseId}", release, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Records an announced run once; false when it was recorded before.</summary>
    public async Task<bool> RecordAnnouncedRunAsync(ScoresComputed message, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO announced_runs (cycle_id, run_number, event_id, methodology_id, methodology_version, body_codes, computed_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT DO NOTHING
            """);
        command.Parameters.AddWithValue(message.CycleId);
        command.Parameters.AddWithValue(message.RunNumber);
        command.Parameters.AddWithValue(message.EventId);
        command.Parameters.AddWithValue(message.MethodologyId);
        command.Parameters.AddWithValue(message.MethodologyVersion);
        command.Parameters.AddWithValue(message.BodyCodes.ToArray());
        command.Parameters.AddWithValue(message.ComputedAt);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
