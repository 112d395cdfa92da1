using Assessment.Contracts.Indicators;
using Npgsql;

namespace Assessment.Indicators.Catalogue;

/// <summary>Reads the append-only catalogue_audit table.</summary>
public sealed class CatalogueAuditStore(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<CatalogueAuditEntry>> ListAsync(string entity, string code, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT entity, code, action, actor, at, coalesce(before::text, ''), coalesce(after::text, '') FROM catalogue_audit
            WHERE ($1 = '' OR entity = $1) AND ($2 = '' OR code = $2) ORDER BY id DESC LIMIT $3
            """);
        command.Parameters.AddWithValue(entity);
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<CatalogueAuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new CatalogueAuditEntry
            {
                Entity = reader.GetString(0), Code = reader.GetString(1), Action = reader.GetString(2), Actor = reader.GetString(3),
                At = reader.GetFieldValue<DateTimeOffset>(4).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                Before = reader.GetString(5), After = reader.GetString(6),
            });
        }

        return entries;
    }
}
