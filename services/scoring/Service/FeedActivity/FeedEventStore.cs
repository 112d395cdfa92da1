using Assessment.Contracts.Events;
using Assessment.Scoring.Triggers;
using Npgsql;

namespace Assessment.Scoring.FeedActivity;

public sealed record StoredFeedEvent(string SubmissionId, IReadOnlyList<string> BodyCodes, IReadOnlyList<string> Periods,
    IReadOnlyList<string> IndicatorCodes, int Accepted, DateTimeOffset AcceptedAt, DateTimeOffset ReceivedAt);

/// <summary>The feed_events table: one row per accepted submission, whatever how often its event is delivered.</summary>
public sealed class FeedEventStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>
    /// Records the event and, in the same transaction, marks the cycles it concerns for recomputation. A redelivered
    /// event (or another event of a submission already recorded) changes nothing and returns null.
    /// </summary>
    public async Task<IReadOnlyList<string>?> RecordAsync(ObservationsAccepted message, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("""
            INSERT INTO feed_events (submission_id, event_id, body_codes, periods, indicator_codes, accepted, accepted_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT DO NOTHING
            """, connection, transaction))
        {
            command.Parameters.AddWithValue(message.SubmissionId);
            command.Parameters.AddWithValue(message.EventId);
            command.Parameters.AddWithValue(message.BodyCodes.ToArray());
            command.Parameters.AddWithValue(message.Periods.ToArray());
            command.Parameters.AddWithValue(message.IndicatorCodes.ToArray());
            command.Parameters.AddWithValue(message.Accepted);
            command.Parameters.AddWithValue(message.AcceptedAt);
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return null;
            }
        }

        var cycles = await PendingRecomputeStore.MarkAsync(connection, transaction, [.. message.Periods], time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return cycles;
    }

    public async Task<IReadOnlyList<StoredFeedEvent>> ListAsync(int limit, string? submissionId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT submission_id, body_codes, periods, indicator_codes, accepted, accepted_at, received_at
            FROM feed_events
            WHERE ($1 = '' OR submission_id = $1)
            ORDER BY received_at DESC
            LIMIT $2
            """);
        command.Parameters.AddWithValue(submissionId ?? string.Empty);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<StoredFeedEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new StoredFeedEvent(reader.GetString(0), reader.GetFieldValue<string[]>(1), reader.GetFieldValue<string[]>(2),
                reader.GetFieldValue<string[]>(3), reader.GetInt32(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return list;
    }
}
