using Npgsql;

namespace Assessment.Indicators.Catalogue;

/// <summary>
/// Creates or changes an indicator with its audit row (actor, time, before, after, reason) in one transaction. A new
/// valid range applies to values sent from then on: stored observations are never rewritten, and current values that
/// the new range would exclude are counted so that the change cannot hide them.
/// </summary>
public sealed class IndicatorChangeStore(NpgsqlDataSource dataSource)
{
    private const int ExampleCount = 5;

    public async Task<IndicatorSaveOutcome> SaveAsync(IndicatorRecord indicator, string actor, string reason, bool keepStoredValuesOutsideRange,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Lock the indicator (when it exists) so two admins' changes are counted and audited one after the other.
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM indicators WHERE code = $1 FOR UPDATE", connection, transaction))
        {
            lockRow.Parameters.AddWithValue(indicator.Code);
            await lockRow.ExecuteNonQueryAsync(cancellationToken);
        }

        var (outside, examples) = await CountOutsideAsync(connection, transaction, indicator, cancellationToken);
        if (outside > 0 && !keepStoredValuesOutsideRange)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new IndicatorSaveOutcome(false, outside, examples);
        }

        await using var command = new NpgsqlCommand($"""
            WITH before AS (SELECT * FROM indicators WHERE code = $1),
                 saved AS (
                    INSERT INTO indicators ({IndicatorRow.Columns})
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                    ON CONFLICT (code) DO UPDATE SET name_kk = EXCLUDED.name_kk, name_ru = EXCLUDED.name_ru, name_en = EXCLUDED.name_en,
                        unit = EXCLUDED.unit, direction = EXCLUDED.direction, valid_min = EXCLUDED.valid_min, valid_max = EXCLUDED.valid_max,
                        periodicity = EXCLUDED.periodicity, reported_by = EXCLUDED.reported_by, target = EXCLUDED.target
                    RETURNING *)
            INSERT INTO catalogue_audit (entity, code, action, actor, before, after)
            SELECT 'indicator', s.code, CASE WHEN b.code IS NULL THEN 'create' ELSE 'update' END, $12, to_jsonb(b),
                   to_jsonb(s) || jsonb_build_object('reason', $13::text, 'stored_values_outside_range', $14::int)
            FROM saved s LEFT JOIN before b ON b.code = s.code
            """, connection, transaction);
        IndicatorRow.AddParameters(command.Parameters, indicator);
        command.Parameters.AddWithValue(actor);
        command.Parameters.AddWithValue(reason);
        command.Parameters.AddWithValue(outside);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new IndicatorSaveOutcome(true, outside, examples);
    }

    private static async Task<(int Count, IReadOnlyList<string> Examples)> CountOutsideAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IndicatorRecord indicator, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT count(*)::int,
                   coalesce((array_agg(body_code || '/' || period || '=' || value::text ORDER BY body_code, period))[1:$4], '{}')
            FROM current_observations
            WHERE indicator_code = $1 AND (value < $2 OR value > $3)
            """, connection, transaction);
        command.Parameters.AddWithValue(indicator.Code);
        command.Parameters.AddWithValue(indicator.ValidMin);
        command.Parameters.AddWithValue(indicator.ValidMax);
        command.Parameters.AddWithValue(ExampleCount);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetFieldValue<string[]>(1));
    }
}
