using Npgsql;

namespace Assessment.Scoring.Methodologies;

public sealed record StoredMethodology(string Id, string Version, string Title, string Sha256, DateTimeOffset RegisteredAt);

/// <summary>The methodologies table: versions are added, never changed.</summary>
public sealed class MethodologyStore(NpgsqlDataSource dataSource)
{
    private const string SummaryColumns = "id, version, title, sha256, registered_at";

    /// <summary>Registers a version unless it is there; returns false when it already was.</summary>
    public async Task<bool> RegisterAsync(MethodologyDocument document, string actor, CancellationToken cancellationToken)
    {
        // The audit row is written by the same statement, only when the version is new.
        await using var command = dataSource.CreateCommand("""
            WITH saved AS (
                INSERT INTO methodologies (id, version, title, yaml, sha256, registered_by)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (id, version) DO NOTHING
                RETURNING id, version, title, sha256, registered_at, registered_by)
            INSERT INTO scoring_audit (entity, code, action, actor, at, after)
            SELECT 'methodology', s.id || '@' || s.version, 'publish', s.registered_by, s.registered_at, to_jsonb(s) FROM saved s
            """);
        command.Parameters.AddWithValue(document.Id);
        command.Parameters.AddWithValue(document.Version);
        command.Parameters.AddWithValue(document.Title);
        command.Parameters.AddWithValue(document.Yaml);
        command.Parameters.AddWithValue(document.Sha256);
        command.Parameters.AddWithValue(actor);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<StoredMethodology>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {SummaryColumns} FROM methodologies ORDER BY id, version");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<StoredMethodology>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(Summary(reader));
        }

        return list;
    }

    /// <summary>One version with its text; an empty version means the latest registered. Null when there is none.</summary>
    public async Task<(StoredMethodology Summary, string Yaml)?> FindAsync(string id, string version, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {SummaryColumns}, yaml FROM methodologies
            WHERE id = $1 AND ($2 = '' OR version = $2)
            ORDER BY registered_at DESC, version DESC
            LIMIT 1
            """);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(version);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (Summary(reader), reader.GetString(5)) : null;
    }

    private static StoredMethodology Summary(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4));
}
