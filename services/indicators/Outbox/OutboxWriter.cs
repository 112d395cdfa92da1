using Npgsql;
using NpgsqlTypes;

namespace Assessment.Indicators.Outbox;

/// <summary>Writes an event into the outbox inside the caller's transaction, so it exists exactly when the data it announces does.</summary>
public static class OutboxWriter
{
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO outbox (event_id, message_type, payload, trace_parent) VALUES ($1, $2, $3, $4)", connection, transaction);
        command.Parameters.AddWithValue(message.EventId);
        command.Parameters.AddWithValue(message.MessageType);
        command.Parameters.Add(new NpgsqlParameter { Value = message.Payload, NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)message.TraceParent ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
