using Npgsql;
using NpgsqlTypes;

namespace Assessment.Indicators.Catalogue;

/// <summary>Reads and writes the bodies and indicators tables.</summary>
public sealed class CatalogueStore(NpgsqlDataSource dataSource)
{
    private const string BodyColumns = "code, name_kk, name_ru, name_en, kind, parent_code, peer_group, active_from, active_to";

    public async Task<IReadOnlyList<BodyRecord>> ListBodiesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {BodyColumns} FROM bodies ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var bodies = new List<BodyRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            bodies.Add(ReadBody(reader));
        }

        return bodies;
    }

    public async Task<BodyRecord?> FindBodyAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {BodyColumns} FROM bodies WHERE code = $1");
        command.Parameters.AddWithValue(code);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadBody(reader) : null;
    }

    public async Task<IReadOnlyList<IndicatorRecord>> ListIndicatorsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {IndicatorRow.Columns} FROM indicators ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var indicators = new List<IndicatorRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            indicators.Add(new IndicatorRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetDouble(6), reader.GetDouble(7), reader.GetString(8),
                reader.GetFieldValue<string[]>(9), reader.IsDBNull(10) ? null : reader.GetDouble(10)));
        }

        return indicators;
    }

    /// <summary>Inserts bodies that are not there yet; existing rows (perhaps edited by an admin) are left alone.</summary>
    public async Task<int> InsertMissingBodiesAsync(IEnumerable<BodyRecord> bodies, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = 0;
        foreach (var body in bodies)
        {
            await using var command = new NpgsqlCommand($"""
                WITH added AS (
                    INSERT INTO bodies ({BodyColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                    ON CONFLICT (code) DO NOTHING
                    RETURNING *)
                INSERT INTO catalogue_audit (entity, code, action, actor, after)
                SELECT 'body', code, 'create', $10, to_jsonb(added) FROM added
                """, connection, transaction);
            command.Parameters.AddWithValue(body.Code);
            command.Parameters.AddWithValue(body.NameKk);
            command.Parameters.AddWithValue(body.NameRu);
            command.Parameters.AddWithValue(body.NameEn);
            command.Parameters.AddWithValue(body.Kind);
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)body.ParentCode ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.AddWithValue(body.PeerGroup);
            command.Parameters.AddWithValue(body.ActiveFrom);
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)body.ActiveTo ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
            command.Parameters.AddWithValue(actor);
            inserted += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    /// <summary>Inserts indicators that are not there yet, audited like bodies.</summary>
    public async Task<int> InsertMissingIndicatorsAsync(IEnumerable<IndicatorRecord> indicators, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = 0;
        foreach (var indicator in indicators)
        {
            await using var command = new NpgsqlCommand($"""
                WITH added AS (
                    INSERT INTO indicators ({IndicatorRow.Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                    ON CONFLICT (code) DO NOTHING
                    RETURNING *)
                INSERT INTO catalogue_audit (entity, code, action, actor, after)
                SELECT 'indicator', code, 'create', $12, to_jsonb(added) FROM added
                """, connection, transaction);
            IndicatorRow.AddParameters(command.Parameters, indicator);
            command.Parameters.AddWithValue(actor);
            inserted += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    private static BodyRecord ReadBody(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6),
        reader.GetFieldValue<DateOnly>(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8));

    /// <summary>
    /// Creates or replaces a body and writes the audit row (before, after, actor, reason) in the same statement.
    /// "before" reads the statement's snapshot, i.e. the row as it was; the upsert itself locks the row.
    /// </summary>
    public async Task SaveBodyAsync(BodyRecord body, string actor, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            WITH before AS (SELECT * FROM bodies WHERE code = $1),
                 saved AS (
                    INSERT INTO bodies ({BodyColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                    ON CONFLICT (code) DO UPDATE SET name_kk = EXCLUDED.name_kk, name_ru = EXCLUDED.name_ru, name_en = EXCLUDED.name_en,
                        kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code, peer_group = EXCLUDED.peer_group,
                        active_from = EXCLUDED.active_from, active_to = EXCLUDED.active_to
                    RETURNING *)
            INSERT INTO catalogue_audit (entity, code, action, actor, before, after)
            SELECT 'body', s.code, CASE WHEN b.code IS NULL THEN 'create' ELSE 'update' END, $10, to_jsonb(b),
                   to_jsonb(s) || jsonb_build_object('reason', $11::text)
            FROM saved s LEFT JOIN before b ON b.code = s.code
            """, connection, transaction);
        command.Parameters.AddWithValue(body.Code);
        command.Parameters.AddWithValue(body.NameKk);
        command.Parameters.AddWithValue(body.NameRu);
        command.Parameters.AddWithValue(body.NameEn);
        command.Parameters.AddWithValue(body.Kind);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)body.ParentCode ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.AddWithValue(body.PeerGroup);
        command.Parameters.AddWithValue(body.ActiveFrom);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)body.ActiveTo ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.AddWithValue(actor);
        command.Parameters.AddWithValue(reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
