using Assessment.Indicators.Feeds.Validation;
using Npgsql;

namespace Assessment.Indicators.Periods;

/// <summary>The periods table: listing, and closing or reopening with an audit row written in the same transaction.</summary>
public sealed class PeriodStore(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<PeriodRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT code, kind, starts_on, ends_on, state, deadline FROM periods ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var periods = new List<PeriodRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            periods.Add(new PeriodRecord(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateOnly>(3),
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return periods;
    }

    /// <summary>Sets the state of the given periods; returns the codes that were not found. Audited per period changed.</summary>
    public async Task<IReadOnlyList<string>> SetStateAsync(IReadOnlyList<string> codes, string state, string actor, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var missing = new List<string>();
        foreach (var code in codes)
        {
            await using var command = new NpgsqlCommand("""
                WITH before AS (SELECT * FROM periods WHERE code = $1 FOR UPDATE),
                     changed AS (UPDATE periods p SET state = $2 FROM before b WHERE p.code = b.code AND b.state <> $2 RETURNING p.*)
                INSERT INTO catalogue_audit (entity, code, action, actor, before, after)
                SELECT 'period', c.code, $4, $3, to_jsonb(b), to_jsonb(c) || jsonb_build_object('reason', $5::text)
                FROM changed c JOIN before b ON b.code = c.code
                RETURNING (SELECT count(*) FROM before)
                """, connection, transaction);
            command.Parameters.AddWithValue(code);
            command.Parameters.AddWithValue(state);
            command.Parameters.AddWithValue(actor);
            command.Parameters.AddWithValue(state == "closed" ? "close" : "reopen");
            command.Parameters.AddWithValue(reason);
            await command.ExecuteNonQueryAsync(cancellationToken);

            await using var exists = new NpgsqlCommand("SELECT 1 FROM periods WHERE code = $1", connection, transaction);
            exists.Parameters.AddWithValue(code);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                missing.Add(code);
            }
        }

        if (missing.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return missing;
        }

        await transaction.CommitAsync(cancellationToken);
        return missing;
    }
}
