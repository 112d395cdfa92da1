using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Assessment.ServiceDefaults.Outbox;

/// <summary>Writes an event into the outbox inside the caller's transaction: it exists exactly when the data it announces does.</summary>
public static class OutboxWriter
{
    public static async Task WriteAsync<TEvent>(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid eventId, TEvent message,
        CancellationToken cancellationToken)
        where TEvent : class
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO outbox (event_id, message_type, payload, trace_parent) VALUES ($1, $2, $3, $4)", connection, transaction);
        command.Parameters.AddWithValue(eventId);
        command.Parameters.AddWithValue(typeof(TEvent).FullName!);
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(message), NpgsqlDbType = NpgsqlDbType.Jsonb });
        // The relay continues this trace, so one trace runs from the feed through the run to reporting.
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)Activity.Current?.Id ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
