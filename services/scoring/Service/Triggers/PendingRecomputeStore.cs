using Npgsql;

namespace Assessment.Scoring.Triggers;

/// <summary>The pending_recomputes table: at most one row per cycle, however many feeds arrive for it.</summary>
public sealed class PendingRecomputeStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Marks every cycle that recomputes automatically (OPEN, DRAFT) and scores one of these periods (as its own or
    /// as the previous period) as waiting, in the caller's transaction. Returns the cycles marked.
    /// </summary>
    public static async Task<IReadOnlyList<string>> MarkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> periods,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO pending_recomputes (cycle_id, first_trigger_at, last_trigger_at, submissions, trigger_traces)
            SELECT cycle_id, $2, $2, 1, $3 FROM cycles
            WHERE state IN ('open', 'draft') AND (period = ANY($1) OR previous_period = ANY($1))
            ON CONFLICT (cycle_id) DO UPDATE
                SET last_trigger_at = greatest(pending_recomputes.last_trigger_at, excluded.last_trigger_at),
                    submissions = pending_recomputes.submissions + 1,
                    trigger_traces = CASE WHEN cardinality(pending_recomputes.trigger_traces) < $4
                        THEN pending_recomputes.trigger_traces || excluded.trigger_traces ELSE pending_recomputes.trigger_traces END
            RETURNING cycle_id
            """, connection, transaction);
        command.Parameters.AddWithValue(periods.ToArray());
        command.Parameters.AddWithValue(at);
        command.Parameters.AddWithValue(RecomputeTraces.Current());
        command.Parameters.AddWithValue(RecomputeTraces.MaxLinks);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cycles = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cycles.Add(reader.GetString(0));
        }

        return cycles;
    }

    public async Task<IReadOnlyList<PendingRecompute>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT cycle_id, first_trigger_at, last_trigger_at, submissions FROM pending_recomputes ORDER BY first_trigger_at");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<PendingRecompute>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(Read(reader));
        }

        return list;
    }

    /// <summary>A cycle's waiting row as it stands, without locking it: feeds keep marking it while the run is computed.</summary>
    public static async Task<PendingRecompute?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string cycleId,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT cycle_id, first_trigger_at, last_trigger_at, submissions, cardinality(trigger_traces) FROM pending_recomputes WHERE cycle_id = $1
            """, connection, transaction);
        command.Parameters.AddWithValue(cycleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) with { Traces = reader.GetInt32(4) } : null;
    }

    /// <summary>
    /// Removes the row if no feed has marked it since it was read: the run covered every feed it counts. A feed marked
    /// in the meantime (its count moved on) leaves the row for the next run, counting only the feeds this one did not
    /// cover and keeping only their traces (marks append to the end), so each feed's trace leads to the one run that
    /// covered it. Those feeds arrived after the row was read, so their wait is counted from then (readAt): in a long
    /// burst the cycle is recomputed about once per Recompute:MaxDelay, or back to back when a run takes longer.
    /// </summary>
    public static async Task DeleteCoveredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PendingRecompute covered,
        DateTimeOffset readAt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            WITH covered AS (DELETE FROM pending_recomputes WHERE cycle_id = $1 AND submissions = $2 RETURNING cycle_id)
            UPDATE pending_recomputes SET submissions = submissions - $2,
                trigger_traces = coalesce(trigger_traces[$3 + 1:], '{}'),
                first_trigger_at = greatest(first_trigger_at, $4)
            WHERE cycle_id = $1 AND NOT EXISTS (SELECT FROM covered)
            """, connection, transaction);
        command.Parameters.AddWithValue(covered.CycleId);
        command.Parameters.AddWithValue(covered.Submissions);
        command.Parameters.AddWithValue(covered.Traces);
        command.Parameters.AddWithValue(readAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static PendingRecompute Read(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3));
}
