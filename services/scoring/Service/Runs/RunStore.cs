using Assessment.Contracts.Scoring;
using Google.Protobuf;
using Npgsql;
using NpgsqlTypes;

namespace Assessment.Scoring.Runs;

/// <summary>The runs and run_results tables: numbered per cycle, written once, never changed.</summary>
public sealed class RunStore(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        cycle_id, run_number, methodology_id, methodology_version, input_hash, trigger, computed_at, body_count, observation_count,
        node_codes, uncertainty_samples, uncertainty_seed
        """;

    // One advisory lock per cycle, taken by both the waiting and the non-waiting form.
    private const string CycleLockKey = "hashtext('scoring-run:' || $1)";

    /// <summary>Serialises run numbering per cycle until the transaction ends (runs of other cycles go on in parallel).</summary>
    public static async Task LockCycleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string cycleId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({CycleLockKey})", connection, transaction);
        command.Parameters.AddWithValue(cycleId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The same lock without waiting: false when another transaction (a replica's run) holds it.</summary>
    public static async Task<bool> TryLockCycleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string cycleId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_xact_lock({CycleLockKey})", connection, transaction);
        command.Parameters.AddWithValue(cycleId);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task<StoredRun?> LatestAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string cycleId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM runs WHERE cycle_id = $1 ORDER BY run_number DESC LIMIT 1", connection, transaction);
        command.Parameters.AddWithValue(cycleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StoredRun run, double durationMs,
        IReadOnlyList<BodyResult> results, CancellationToken cancellationToken)
    {
        await using (var insert = new NpgsqlCommand($"""
            INSERT INTO runs ({Columns}, duration_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue(run.CycleId);
            insert.Parameters.AddWithValue(run.RunNumber);
            insert.Parameters.AddWithValue(run.MethodologyId);
            insert.Parameters.AddWithValue(run.MethodologyVersion);
            insert.Parameters.AddWithValue(run.InputHash);
            insert.Parameters.AddWithValue(run.Trigger);
            insert.Parameters.AddWithValue(run.ComputedAt);
            insert.Parameters.AddWithValue(run.BodyCount);
            insert.Parameters.AddWithValue(run.ObservationCount);
            insert.Parameters.AddWithValue(run.NodeCodes.ToArray());
            insert.Parameters.AddWithValue(run.UncertaintySamples);
            insert.Parameters.AddWithValue(run.UncertaintySeed);
            insert.Parameters.AddWithValue(durationMs);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        // One statement for every body: arrays unnested server-side.
        await using var bodies = new NpgsqlCommand("""
            INSERT INTO run_results (cycle_id, run_number, body_code, position, result)
            SELECT $1, $2, r.body_code, r.position, r.result::jsonb FROM unnest($3::text[], $4::int[], $5::text[]) AS r(body_code, position, result)
            """, connection, transaction);
        bodies.Parameters.AddWithValue(run.CycleId);
        bodies.Parameters.AddWithValue(run.RunNumber);
        bodies.Parameters.AddWithValue(results.Select(r => r.BodyCode).ToArray());
        bodies.Parameters.AddWithValue(Enumerable.Range(0, results.Count).ToArray());
        bodies.Parameters.Add(new NpgsqlParameter { Value = results.Select(r => JsonFormatter.Default.Format(r)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await bodies.ExecuteNonQueryAsync(cancellationToken);

        // A manual run is the admin's act ("manual:<who>"); any other trigger is scoring's own, recorded as such.
        await using var audit = new NpgsqlCommand("""
            INSERT INTO scoring_audit (entity, code, action, actor, at, after)
            SELECT 'run', r.cycle_id || '#' || r.run_number, 'compute', $3, r.computed_at, to_jsonb(r) FROM runs r WHERE r.cycle_id = $1 AND r.run_number = $2
            """, connection, transaction);
        audit.Parameters.AddWithValue(run.CycleId);
        audit.Parameters.AddWithValue(run.RunNumber);
        audit.Parameters.AddWithValue(run.Trigger.StartsWith("manual:", StringComparison.Ordinal) ? run.Trigger["manual:".Length..] : "scoring:" + run.Trigger);
        await audit.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredRun?> FindAsync(string cycleId, int runNumber, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM runs WHERE cycle_id = $1 AND run_number = $2");
        command.Parameters.AddWithValue(cycleId);
        command.Parameters.AddWithValue(runNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<StoredRun?> LatestAsync(string cycleId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await LatestAsync(connection, null, cycleId, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredRun>> ListAsync(string cycleId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM runs WHERE cycle_id = $1 ORDER BY run_number");
        command.Parameters.AddWithValue(cycleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<StoredRun>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(Read(reader));
        }

        return runs;
    }

    /// <summary>A run's results in dataset order; only the listed bodies when a list is given.</summary>
    public async Task<IReadOnlyList<BodyResult>> ResultsAsync(string cycleId, int runNumber, IReadOnlyCollection<string>? bodyCodes,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT result::text FROM run_results
            WHERE cycle_id = $1 AND run_number = $2 AND ($3::text[] IS NULL OR body_code = ANY($3))
            ORDER BY position
            """);
        command.Parameters.AddWithValue(cycleId);
        command.Parameters.AddWithValue(runNumber);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)bodyCodes?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var results = new List<BodyResult>();
        while (await reader.ReadAsync(cancellationToken))
        {
            results.Add(JsonParser.Default.Parse<BodyResult>(reader.GetString(0)));
        }

        return results;
    }

    private static StoredRun Read(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        reader.GetFieldValue<DateTimeOffset>(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetFieldValue<string[]>(9), reader.GetInt32(10),
        reader.GetInt32(11));
}
