using Assessment.Contracts.Events;
using Assessment.ServiceDefaults.Outbox;
using Assessment.Contracts.Indicators;
using Assessment.Indicators.Quality;
using Google.Protobuf;
using Npgsql;
using NpgsqlTypes;

namespace Assessment.Indicators.Feeds.Storage;

/// <summary>
/// Writes a submission, its observations (the next revision of each key), its quality flags and its outbox event in
/// one transaction: all of it is stored, or none. Observations go in with binary COPY.
/// </summary>
public sealed class SubmissionStore(NpgsqlDataSource dataSource)
{
    public async Task<StoredSubmission?> FindAsync(string submissionId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT content_hash, receipt FROM submissions WHERE submission_id = $1");
        command.Parameters.AddWithValue(submissionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredSubmission(submissionId, reader.GetString(0), SubmissionReceipt.Parser.ParseFrom(reader.GetFieldValue<byte[]>(1)))
            : null;
    }

    /// <summary>Current values that outlier checks compare against: same indicators in the same periods, and the same bodies' histories.</summary>
    public async Task<IReadOnlyList<KnownValue>> LoadComparableValuesAsync(IReadOnlyCollection<string> bodies, IReadOnlyCollection<string> indicators,
        IReadOnlyCollection<string> periods, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT body_code, indicator_code, period, value FROM current_observations
            WHERE indicator_code = ANY($2) AND (period = ANY($3) OR body_code = ANY($1))
            """);
        command.Parameters.AddWithValue(bodies.ToArray());
        command.Parameters.AddWithValue(indicators.ToArray());
        command.Parameters.AddWithValue(periods.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<KnownValue>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(new KnownValue(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3)));
        }

        return values;
    }

    /// <summary>
    /// Stores the submission. Throws <see cref="PostgresException"/> with SqlState 23505 when another submission with the
    /// same id got there first; the caller decides whether to replay or retry.
    /// </summary>
    public async Task<SubmissionReceipt> StoreAsync(string submissionId, string contentHash, string sender, DateTimeOffset receivedAt,
        IReadOnlyList<FeedRow> rows, IReadOnlyList<OutlierFlag> flags, Func<IReadOnlyList<AcceptedObservation>, SubmissionReceipt> receiptFor,
        Func<IReadOnlyList<AcceptedObservation>, ObservationsAccepted> eventFor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Taking the next revision of every key also locks those keys until commit: a concurrent correction of
        // the same key waits for this one instead of failing. Keys are locked in one sorted order (no deadlocks).
        var accepted = await AdvanceCurrentAsync(connection, transaction, rows, submissionId, sender, receivedAt, cancellationToken);
        var receipt = receiptFor(accepted);

        await using (var insert = new NpgsqlCommand("""
            INSERT INTO submissions (submission_id, content_hash, sender, received_at, accepted, new_revisions, receipt)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue(submissionId);
            insert.Parameters.AddWithValue(contentHash);
            insert.Parameters.AddWithValue(sender);
            insert.Parameters.AddWithValue(receivedAt);
            insert.Parameters.AddWithValue(receipt.Accepted);
            insert.Parameters.AddWithValue(receipt.NewRevisions);
            insert.Parameters.AddWithValue(receipt.ToByteArray());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await CopyObservationsAsync(connection, accepted, submissionId, sender, receivedAt, cancellationToken);
        await InsertFlagsAsync(connection, transaction, accepted, flags, cancellationToken);
        var announcement = eventFor(accepted);
        await OutboxWriter.WriteAsync(connection, transaction, announcement.EventId, announcement, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return receipt;
    }

    private static async Task<IReadOnlyList<AcceptedObservation>> AdvanceCurrentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<FeedRow> rows, string submissionId, string sender, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var revisions = new Dictionary<(string, string, string), int>(rows.Count);
        await using (var command = new NpgsqlCommand("""
            INSERT INTO current_observations AS c (body_code, indicator_code, period, revision, value, submission_id, sender, received_at)
            SELECT b, i, p, 1, v, $5, $6, $7
            FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[]) AS k(b, i, p, v)
            ORDER BY b, i, p
            ON CONFLICT (body_code, indicator_code, period) DO UPDATE
            SET revision = c.revision + 1, value = EXCLUDED.value, submission_id = EXCLUDED.submission_id,
                sender = EXCLUDED.sender, received_at = EXCLUDED.received_at
            RETURNING body_code, indicator_code, period, revision
            """, connection, transaction))
        {
            command.Parameters.AddWithValue(rows.Select(r => r.BodyCode).ToArray());
            command.Parameters.AddWithValue(rows.Select(r => r.IndicatorCode).ToArray());
            command.Parameters.AddWithValue(rows.Select(r => r.Period).ToArray());
            command.Parameters.AddWithValue(rows.Select(r => r.Value!.Value).ToArray());
            command.Parameters.AddWithValue(submissionId);
            command.Parameters.AddWithValue(sender);
            command.Parameters.AddWithValue(receivedAt);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                revisions[(reader.GetString(0), reader.GetString(1), reader.GetString(2))] = reader.GetInt32(3);
            }
        }

        return rows.Select(r => new AcceptedObservation(r.BodyCode, r.IndicatorCode, r.Period, r.Value!.Value,
            revisions[(r.BodyCode, r.IndicatorCode, r.Period)], r.Comment)).ToList();
    }

    private static async Task CopyObservationsAsync(NpgsqlConnection connection, IReadOnlyList<AcceptedObservation> accepted, string submissionId,
        string sender, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY observations (body_code, indicator_code, period, revision, value, submission_id, sender, received_at, comment) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var o in accepted)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(o.BodyCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(o.IndicatorCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(o.Period, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(o.Revision, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(o.Value, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(submissionId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(sender, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(receivedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(o.Comment, NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertFlagsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<AcceptedObservation> accepted,
        IReadOnlyList<OutlierFlag> flags, CancellationToken cancellationToken)
    {
        if (flags.Count == 0)
        {
            return;
        }

        var revisions = accepted.ToDictionary(o => (o.BodyCode, o.IndicatorCode, o.Period), o => o.Revision);
        await using var command = new NpgsqlCommand("""
            INSERT INTO quality_flags (body_code, indicator_code, period, revision, kind, score, threshold, detail)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::float8[], $7::float8[], $8::text[])
            """, connection, transaction);
        command.Parameters.AddWithValue(flags.Select(f => f.BodyCode).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.IndicatorCode).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.Period).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => revisions[(f.BodyCode, f.IndicatorCode, f.Period)]).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.Kind).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.Score).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.Threshold).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.Detail).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
