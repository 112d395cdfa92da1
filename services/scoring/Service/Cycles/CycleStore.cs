using Assessment.Contracts.Events;
using Assessment.Contracts.Scoring;
using Assessment.ServiceDefaults.Outbox;
using Npgsql;

namespace Assessment.Scoring.Cycles;

/// <summary>The cycles table and its append-only cycle_transitions.</summary>
public sealed class CycleStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    private const string Columns = "cycle_id, period, previous_period, methodology_id, methodology_version, state, body_codes, published_run";

    /// <summary>Opens a cycle; false when the id is taken.</summary>
    public async Task<bool> OpenAsync(NewCycle cycle, string actor, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand($"""
            INSERT INTO cycles (cycle_id, period, previous_period, methodology_id, methodology_version, state, body_codes, created_by)
            VALUES ($1, $2, $3, $4, $5, 'open', $6, $7)
            ON CONFLICT (cycle_id) DO NOTHING
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue(cycle.CycleId);
            insert.Parameters.AddWithValue(cycle.Period);
            insert.Parameters.AddWithValue(cycle.PreviousPeriod);
            insert.Parameters.AddWithValue(cycle.MethodologyId);
            insert.Parameters.AddWithValue(cycle.MethodologyVersion);
            insert.Parameters.AddWithValue(cycle.BodyCodes.ToArray());
            insert.Parameters.AddWithValue(actor);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        await AppendTransitionAsync(connection, transaction, cycle.CycleId, CycleState.Unspecified, CycleState.Open, actor, reason, cancellationToken);
        await using (var audit = new NpgsqlCommand("""
            INSERT INTO scoring_audit (entity, code, action, actor, at, after)
            SELECT 'cycle', c.cycle_id, 'open', $2, $3, to_jsonb(c) || jsonb_build_object('reason', $4::text) FROM cycles c WHERE c.cycle_id = $1
            """, connection, transaction))
        {
            audit.Parameters.AddWithValue(cycle.CycleId);
            audit.Parameters.AddWithValue(actor);
            audit.Parameters.AddWithValue(time.GetUtcNow());
            audit.Parameters.AddWithValue(reason);
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Moves a cycle if it is still in the state the caller checked; false when another move got there first.
    /// Publishing freezes the latest run as the published one.
    /// </summary>
    public async Task<bool> MoveAsync(string cycleId, CycleState from, CycleState to, string actor, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The move and its audit row (before, after, reason) in one statement; "before" reads the statement's snapshot.
        await using (var update = new NpgsqlCommand("""
            WITH before AS (SELECT * FROM cycles WHERE cycle_id = $1 AND state = $2),
                 moved AS (
                    UPDATE cycles SET state = $3,
                        published_run = CASE WHEN $3 = 'published' THEN (SELECT max(run_number) FROM runs WHERE runs.cycle_id = cycles.cycle_id) ELSE published_run END
                    WHERE cycle_id = $1 AND state = $2
                    RETURNING *)
            INSERT INTO scoring_audit (entity, code, action, actor, at, before, after)
            SELECT 'cycle', m.cycle_id, CASE WHEN $3 = 'published' THEN 'publish' ELSE 'move' END, $4, $5, to_jsonb(b),
                   to_jsonb(m) || jsonb_build_object('reason', $6::text)
            FROM moved m JOIN before b ON b.cycle_id = m.cycle_id
            """, connection, transaction))
        {
            update.Parameters.AddWithValue(cycleId);
            update.Parameters.AddWithValue(CycleStateNames.ToDb(from));
            update.Parameters.AddWithValue(CycleStateNames.ToDb(to));
            update.Parameters.AddWithValue(actor);
            update.Parameters.AddWithValue(time.GetUtcNow());
            update.Parameters.AddWithValue(reason);
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        await AppendTransitionAsync(connection, transaction, cycleId, from, to, actor, reason, cancellationToken);
        if (to == CycleState.Published)
        {
            await AnnouncePublicationAsync(connection, transaction, cycleId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<CycleRecord?> FindAsync(string cycleId, CancellationToken cancellationToken) =>
        (await QueryAsync(cycleId, cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<CycleRecord>> ListAsync(CancellationToken cancellationToken) => QueryAsync(null, cancellationToken);

    private async Task<IReadOnlyList<CycleRecord>> QueryAsync(string? cycleId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var history = new Dictionary<string, List<CycleTransitionRecord>>();
        await using (var command = new NpgsqlCommand("""
            SELECT cycle_id, from_state, to_state, actor, at, reason FROM cycle_transitions
            WHERE ($1::text IS NULL OR cycle_id = $1) ORDER BY id
            """, connection))
        {
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)cycleId ?? DBNull.Value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                if (!history.TryGetValue(id, out var list))
                {
                    history[id] = list = [];
                }

                list.Add(new CycleTransitionRecord(CycleStateNames.FromDb(reader.GetString(1)), CycleStateNames.FromDb(reader.GetString(2)),
                    reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5)));
            }
        }

        await using var select = new NpgsqlCommand($"SELECT {Columns} FROM cycles WHERE ($1::text IS NULL OR cycle_id = $1) ORDER BY cycle_id", connection);
        select.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)cycleId ?? DBNull.Value);
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        var cycles = new List<CycleRecord>();
        while (await rows.ReadAsync(cancellationToken))
        {
            var id = rows.GetString(0);
            cycles.Add(new CycleRecord(id, rows.GetString(1), rows.GetString(2), rows.GetString(3), rows.GetString(4),
                CycleStateNames.FromDb(rows.GetString(5)), rows.GetFieldValue<string[]>(6), rows.IsDBNull(7) ? null : rows.GetInt32(7),
                history.GetValueOrDefault(id) ?? []));
        }

        return cycles;
    }

    // In the publishing transaction: reporting hears of the publication exactly when it happened.
    private async Task AnnouncePublicationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string cycleId, CancellationToken cancellationToken)
    {
        CyclePublished announcement;
        await using (var read = new NpgsqlCommand(
            "SELECT period, methodology_id, methodology_version, published_run FROM cycles WHERE cycle_id = $1", connection, transaction))
        {
            read.Parameters.AddWithValue(cycleId);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            announcement = new CyclePublished(Guid.NewGuid(), cycleId, reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? 0 : reader.GetInt32(3), time.GetUtcNow());
        }

        await OutboxWriter.WriteAsync(connection, transaction, announcement.EventId, announcement, cancellationToken);
    }

    private async Task AppendTransitionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string cycleId, CycleState from, CycleState to,
        string actor, string reason, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO cycle_transitions (cycle_id, from_state, to_state, actor, at, reason) VALUES ($1, $2, $3, $4, $5, $6)", connection, transaction);
        command.Parameters.AddWithValue(cycleId);
        command.Parameters.AddWithValue(CycleStateNames.ToDb(from));
        command.Parameters.AddWithValue(CycleStateNames.ToDb(to));
        command.Parameters.AddWithValue(actor);
        command.Parameters.AddWithValue(time.GetUtcNow());
        command.Parameters.AddWithValue(reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
