using System.Globalization;
using Assessment.Contracts.Scoring;
using Npgsql;

namespace Assessment.Scoring.Audit;

/// <summary>Reads the append-only scoring_audit table (the stores that write scoring's data write its rows).</summary>
public sealed class ScoringAuditStore(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<ScoringAuditEntry>> ListAsync(string entity, string code, int limit, CancellationToken cancellationToken)
    {
        // A cycle's code also finds its runs ("kz-2025#1"), so one query shows a cycle's whole story.
        await using var command = dataSource.CreateCommand("""
            SELECT entity, code, action, actor, at, coalesce(before::text, ''), coalesce(after::text, '') FROM scoring_audit
            WHERE ($1 = '' OR entity = $1) AND ($2 = '' OR code = $2 OR code LIKE replace(replace($2, '%', '\%'), '_', '\_') || '#%')
            ORDER BY id DESC LIMIT $3
            """);
        command.Parameters.AddWithValue(entity);
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<ScoringAuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ScoringAuditEntry
            {
                Entity = reader.GetString(0), Code = reader.GetString(1), Action = reader.GetString(2), Actor = reader.GetString(3),
                At = reader.GetFieldValue<DateTimeOffset>(4).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                Before = reader.GetString(5), After = reader.GetString(6),
            });
        }

        return entries;
    }
}
