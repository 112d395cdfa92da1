using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Assessment.Bench.Ingest;

/// <summary>
/// The yardstick: the same rows into a fresh table shaped like indicators' observations table (same columns, primary
/// key and indexes; no foreign key, since there is no submissions table here) with binary COPY, in a database of its
/// own on the same PostgreSQL server, with the server's own (durable) settings. Measured as one big COPY in one
/// transaction (the figure the ratio uses) and as one COPY and commit per submission-sized batch (the shape of the
/// ingest's transactions), each into a fresh table, several times: the machine is shared, so the fastest repetition is
/// the one least disturbed by other work, and the yardstick should not be slowed by noise that favours the ingest.
/// </summary>
internal static class CopyRunner
{
    public const string Database = "ingest_copy_bench";

    public static async Task<CopyResult> RunAsync(string adminConnection, string benchConnection, IReadOnlyList<PlannedSubmission> plan, string sender,
        int repetitions)
    {
        await using (var admin = new NpgsqlConnection(adminConnection))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database}", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        await using var connection = new NpgsqlConnection(benchConnection);
        await connection.OpenAsync();
        var receivedAt = DateTimeOffset.UtcNow;

        // Warm-up: a small batch, so the first measured COPY does not pay for connection and type set-up.
        await RecreateTableAsync(connection);
        await CopyInTransactionAsync(connection, plan.Take(1), sender, receivedAt);

        var single = new List<TimeSpan>();
        var batched = new List<TimeSpan>();
        for (var i = 0; i < repetitions; i++)
        {
            await RecreateTableAsync(connection);
            var clock = Stopwatch.StartNew();
            await CopyInTransactionAsync(connection, plan, sender, receivedAt);
            single.Add(clock.Elapsed);

            await RecreateTableAsync(connection);
            clock.Restart();
            foreach (var submission in plan)
            {
                await CopyInTransactionAsync(connection, [submission], sender, receivedAt);
            }

            batched.Add(clock.Elapsed);
        }

        return new CopyResult(single, batched);
    }

    private static async Task RecreateTableAsync(NpgsqlConnection connection)
    {
        await using var table = new NpgsqlCommand("""
            DROP TABLE IF EXISTS observations;
            CREATE TABLE observations (
                body_code       text NOT NULL,
                indicator_code  text NOT NULL,
                period          text NOT NULL,
                revision        integer NOT NULL CHECK (revision >= 1),
                value           double precision NOT NULL,
                submission_id   text NOT NULL,
                sender          text NOT NULL,
                received_at     timestamptz NOT NULL,
                comment         text NOT NULL DEFAULT '',
                PRIMARY KEY (body_code, indicator_code, period, revision)
            );
            CREATE INDEX observations_by_period ON observations (period, indicator_code);
            CREATE INDEX observations_by_submission ON observations (submission_id);
            """, connection);
        await table.ExecuteNonQueryAsync();
    }

    private static async Task CopyInTransactionAsync(NpgsqlConnection connection, IEnumerable<PlannedSubmission> submissions, string sender,
        DateTimeOffset receivedAt)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        // Synchronous writes: the rows are in memory, and a per-field await would measure the client, not PostgreSQL.
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY observations (body_code, indicator_code, period, revision, value, submission_id, sender, received_at, comment) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var submission in submissions)
            {
                foreach (var v in submission.Values)
                {
                    writer.StartRow();
                    writer.Write(v.Key.BodyCode, NpgsqlDbType.Text);
                    writer.Write(v.Key.IndicatorCode, NpgsqlDbType.Text);
                    writer.Write(v.Key.Period, NpgsqlDbType.Text);
                    writer.Write(v.Revision, NpgsqlDbType.Integer);
                    writer.Write(v.Value, NpgsqlDbType.Double);
                    writer.Write(submission.SubmissionId, NpgsqlDbType.Text);
                    writer.Write(sender, NpgsqlDbType.Text);
                    writer.Write(receivedAt, NpgsqlDbType.TimestampTz);
                    writer.Write(string.Empty, NpgsqlDbType.Text);
                }
            }

            await writer.CompleteAsync();
        }

        await transaction.CommitAsync();
    }
}
