using Assessment.Contracts.Events;
using Assessment.ServiceDefaults.Outbox;
using Assessment.Contracts.Indicators;
using Assessment.Indicators.Quality;
using Google.Protobuf;
using Npgsql;

namespace Assessment.Indicators.Feeds.Storage;

/// <summary>
/// Writes a submission, its observations (the next revision of each key), its quality flags and its outbox event in
/// one transaction: all of it is stored, or none. Observations go in set-based, from one array parameter per column.
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

    /// <summary>
    /// The submission's own bodies' current values for its indicators, all periods: their histories for the outlier
    /// check, and their peer values where the submission does not replace them (peers come from <see cref="PeerValueCache"/>).
    /// </summary>
    public async Task<IReadOnlyList<KnownValue>> LoadOwnValuesAsync(IReadOnlyList<FeedRow> rows, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT body_code, indicator_code, period, value FROM current_observations
            WHERE body_code = ANY($1) AND indicator_code = ANY($2)
            """);
        command.Parameters.AddWithValue(rows.Select(r => r.BodyCode).Distinct().ToArray());
        command.Parameters.AddWithValue(rows.Select(r => r.IndicatorCode).Distinct().ToArray());
        var ownValues = new List<KnownValue>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ownValues.Add(new KnownValue(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3)));
        }

        return ownValues;
    }

    /// <summary>
    /// Stores the submission. Throws <see cref="PostgresException"/> with SqlState 23505 when another submission with the
    /// same id got there first; the caller decides whether to replay or retry.
    /// </summary>
    public async Task<(SubmissionReceipt Receipt, IReadOnlyList<AcceptedObservation> Accepted)> StoreAsync(string submissionId, string contentHash, string sender, DateTimeOffset receivedAt,
        IReadOnlyList<FeedRow> rows, Task<IReadOnlyList<OutlierFlag>> outliers,
        Func<IReadOnlyList<AcceptedObservation>, IReadOnlyList<OutlierFlag>, SubmissionReceipt> receiptFor,
        Func<IReadOnlyList<AcceptedObservation>, ObservationsAccepted> eventFor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // The submission row comes first (observations reference it); its counts and receipt are known once the
        // revisions are, and are set at the end of the same transaction.
        var accepted = await InsertAsync(connection, transaction, rows, submissionId, contentHash, sender, receivedAt, cancellationToken);
        // The outlier check reads the values as they were before this submission on a connection of its own, and
        // runs while the observations are written; its flags are stored in the same transaction.
        var flags = await outliers;
        var receipt = receiptFor(accepted, flags);
        var announcement = eventFor(accepted);

        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            var complete = new NpgsqlBatchCommand("UPDATE submissions SET new_revisions = $2, receipt = $3 WHERE submission_id = $1");
            complete.Parameters.AddWithValue(submissionId);
            complete.Parameters.AddWithValue(receipt.NewRevisions);
            complete.Parameters.AddWithValue(receipt.ToByteArray());
            batch.BatchCommands.Add(complete);
            if (flags.Count > 0)
            {
                batch.BatchCommands.Add(FlagsCommand(accepted, flags));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await OutboxWriter.WriteAsync(connection, transaction, announcement.EventId, announcement, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (receipt, accepted);
    }

    /// <summary>
    /// Two steps, set-based. One round trip inserts the submission row and takes the next revision of every key (the
    /// upsert locks the keys until commit, in one sorted order, so a concurrent correction of the same key waits
    /// instead of failing and two pushes cannot deadlock). Then the history rows go in with binary COPY, the cheapest
    /// way PostgreSQL has to take rows, without the per-row work of an INSERT fed from the upsert's result.
    /// </summary>
    private static async Task<IReadOnlyList<AcceptedObservation>> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<FeedRow> rows, string submissionId, string contentHash, string sender, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var revisions = await AdvanceRevisionsAsync(connection, transaction, rows, submissionId, contentHash, sender, receivedAt, cancellationToken);
        var accepted = new List<AcceptedObservation>(rows.Count);
        foreach (var row in rows)
        {
            var revision = revisions.TryGetValue((row.BodyCode, row.IndicatorCode, row.Period), out var r)
                ? r
                : throw new InvalidOperationException($"No revision came back for {row.BodyCode}/{row.IndicatorCode}/{row.Period}.");
            accepted.Add(new AcceptedObservation(row.BodyCode, row.IndicatorCode, row.Period, row.Value!.Value, revision, row.Comment));
        }

        await using var import = await connection.BeginBinaryImportAsync(
            "COPY observations (body_code, indicator_code, period, revision, value, submission_id, sender, received_at, comment) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var observation in accepted)
        {
            await import.StartRowAsync(cancellationToken);
            await import.WriteAsync(observation.BodyCode, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken);
            await import.WriteAsync(observation.IndicatorCode, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken);
            await import.WriteAsync(observation.Period, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken);
            await import.WriteAsync(observation.Revision, NpgsqlTypes.NpgsqlDbType.Integer, cancellationToken);
            await import.WriteAsync(observation.Value, NpgsqlTypes.NpgsqlDbType.Double, cancellationToken);
            await import.WriteAsync(submissionId, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken);
            await import.WriteAsync(sender, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken);
            await import.WriteAsync(receivedAt, NpgsqlTypes.NpgsqlDbType.TimestampTz, cancellationToken);
            await import.WriteAsync(observation.Comment, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken);
        }

        await import.CompleteAsync(cancellationToken);
        return accepted;
    }

    /// <summary>The submission row and the revision upsert in one round trip; the revision each key now has.</summary>
    private static async Task<Dictionary<(string, string, string), int>> AdvanceRevisionsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<FeedRow> rows, string submissionId, string contentHash, string sender, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var submission = new NpgsqlBatchCommand("""
            INSERT INTO submissions (submission_id, content_hash, sender, received_at, accepted, new_revisions, receipt)
            VALUES ($1, $2, $3, $4, $5, 0, '\x')
            """);
        submission.Parameters.AddWithValue(submissionId);
        submission.Parameters.AddWithValue(contentHash);
        submission.Parameters.AddWithValue(sender);
        submission.Parameters.AddWithValue(receivedAt);
        submission.Parameters.AddWithValue(rows.Count);
        batch.BatchCommands.Add(submission);

        var upsert = new NpgsqlBatchCommand("""
            INSERT INTO current_observations AS cur (body_code, indicator_code, period, revision, value, submission_id, sender, received_at)
            SELECT b, i, p, 1, v, $5, $6, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[]) AS k(b, i, p, v)
            ORDER BY b, i, p
            ON CONFLICT (body_code, indicator_code, period) DO UPDATE
            SET revision = cur.revision + 1, value = EXCLUDED.value, submission_id = EXCLUDED.submission_id,
                sender = EXCLUDED.sender, received_at = EXCLUDED.received_at
            RETURNING body_code, indicator_code, period, revision
            """);
        upsert.Parameters.AddWithValue(rows.Select(r => r.BodyCode).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.IndicatorCode).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.Period).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.Value!.Value).ToArray());
        upsert.Parameters.AddWithValue(submissionId);
        upsert.Parameters.AddWithValue(sender);
        upsert.Parameters.AddWithValue(receivedAt);
        batch.BatchCommands.Add(upsert);

        var revisions = new Dictionary<(string, string, string), int>(rows.Count);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        // The submission insert returns no rows; the revisions are the batch's only result set.
        do
        {
            while (reader.FieldCount == 4 && await reader.ReadAsync(cancellationToken))
            {
                revisions[(reader.GetString(0), reader.GetString(1), reader.GetString(2))] = reader.GetInt32(3);
            }
        }
        while (await reader.NextResultAsync(cancellationToken));

        return revisions;
    }

    private static NpgsqlBatchCommand FlagsCommand(IReadOnlyList<AcceptedObservation> accepted, IReadOnlyList<OutlierFlag> flags)
    {
        var revisions = accepted.ToDictionary(o => (o.BodyCode, o.IndicatorCode, o.Period), o => o.Revision);
        var command = new NpgsqlBatchCommand("""
            INSERT INTO quality_flags (body_code, indicator_code, period, revision, kind, score, threshold, detail)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::float8[], $7::float8[], $8::text[])
            """);
        command.Parameters.AddWithValue(flags.Select(f => f.BodyCode).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.IndicatorCode).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.Period).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => revisions[(f.BodyCode, f.IndicatorCode, f.Period)]).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.Kind).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.Score).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.Threshold).ToArray());
        command.Parameters.AddWithValue(flags.Select(f => f.Detail).ToArray());
        return command;
    }
}
