using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Assessment.Bench.Ingest;

/// <summary>
/// The yardstick: the same rows into a fresh table shaped like indicators' observations table (same columns, primary
/// key and indexes; no foreign key, since there is no submissions table here) with one binary COPY, in a database of
/// its own on the same PostgreSQL server.
/// </summary>
internal static class CopyRunner
{
    public const string Database = "ingest_copy_bench";

    public static async Task<TimeSpan> RunAsync(string adminConnection, string benchConnection, IReadOnlyList<PlannedSubmission> plan, string sender)
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
        await using (var table = new NpgsqlCommand("""
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
            """, connection))
        {
            await table.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // Synchronous writes: the rows are in memory, and a per-field await would measure the client, not PostgreSQL.
            await using (var writer = await connection.BeginBinaryImportAsync(
                "COPY observations (body_code, indicator_code, period, revision, value, submission_id, sender, received_at, comment) FROM STDIN (FORMAT BINARY)"))
            {
                var receivedAt = DateTimeOffset.UtcNow;
                foreach (var submission in plan)
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

        return clock.Elapsed;
    }
}
