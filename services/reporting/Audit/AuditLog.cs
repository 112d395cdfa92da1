using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Assessment.Reporting.Audit;

/// <summary>
/// The audit_log table: every reporting write (contest, answer, comment, publication) appended in the same
/// transaction as the write itself, so the log and the data never disagree. The database refuses updates and deletes.
/// </summary>
public sealed class AuditLog(NpgsqlDataSource dataSource)
{
    public const int MaxPage = 1000;

    public static async Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string actor, string action, string subject,
        object details, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO audit_log (actor, action, subject, details) VALUES ($1, $2, $3, $4)", connection, transaction);
        command.Parameters.AddWithValue(actor);
        command.Parameters.AddWithValue(action);
        command.Parameters.AddWithValue(subject);
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(details, JsonSerializerOptions.Web), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Newest first; <paramref name="before"/> (an entry id) pages further back.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, long? before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, at, actor, action, subject, details::text FROM audit_log WHERE ($1::bigint IS NULL OR id < $1) ORDER BY id DESC LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)before ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            using var details = JsonDocument.Parse(reader.GetString(5));
            entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), details.RootElement.Clone()));
        }

        return entries;
    }
}
