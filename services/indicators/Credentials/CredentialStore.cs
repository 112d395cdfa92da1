using System.Globalization;
using Assessment.Contracts.Indicators;
using Assessment.ServiceDefaults.Security.Revocation;
using Npgsql;

namespace Assessment.Indicators.Credentials;

/// <summary>The credentials registry, the revocations and their audit; every change and its audit row commit together.</summary>
public sealed class CredentialStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "token_id, subject, kind, roles, bodies, description, issued_at, issued_by, expires_at, revoked_at, revoked_by";

    public async Task RegisterAsync(CredentialRecord credential, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            WITH saved AS (
                INSERT INTO credentials ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, NULL) RETURNING *)
            INSERT INTO credential_audit (action, token_id, subject, actor, at, after)
            SELECT 'issue', s.token_id, s.subject, s.issued_by, s.issued_at, to_jsonb(s) FROM saved s
            """);
        command.Parameters.AddWithValue(credential.TokenId);
        command.Parameters.AddWithValue(credential.Subject);
        command.Parameters.AddWithValue(credential.Kind);
        command.Parameters.AddWithValue(credential.Roles.ToArray());
        command.Parameters.AddWithValue(credential.Bodies.ToArray());
        command.Parameters.AddWithValue(credential.Description);
        command.Parameters.AddWithValue(credential.IssuedAt);
        command.Parameters.AddWithValue(credential.IssuedBy);
        command.Parameters.AddWithValue(credential.ExpiresAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CredentialRecord>> ListAsync(string subject, bool includeRevoked, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM credentials WHERE ($1 = '' OR subject = $1) AND ($2 OR revoked_at IS NULL) ORDER BY issued_at DESC, token_id LIMIT 1000
            """);
        command.Parameters.AddWithValue(subject);
        command.Parameters.AddWithValue(includeRevoked);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var credentials = new List<CredentialRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            credentials.Add(new CredentialRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3),
                reader.GetFieldValue<string[]>(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetString(7),
                reader.GetFieldValue<DateTimeOffset>(8), reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
                reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return credentials;
    }

    /// <summary>
    /// Revokes one token (registered or issued offline) or every token of a subject issued until now: one revocation
    /// row that services follow, the registered credentials marked, and one audit row with before and after.
    /// </summary>
    public async Task<Revocation> RevokeAsync(string tokenId, string subject, string actor, string reason, CancellationToken cancellationToken)
    {
        var byToken = tokenId.Length > 0;
        await using var command = dataSource.CreateCommand("""
            WITH revoked AS (
                INSERT INTO revocations (token_id, subject, revoked_at, revoked_by, reason)
                VALUES (nullif($1, ''), nullif($2, ''), now(), $3, $4) RETURNING *),
            before AS (
                SELECT c.* FROM credentials c WHERE c.revoked_at IS NULL AND (c.token_id = $1 OR ($1 = '' AND c.subject = $2))),
            marked AS (
                UPDATE credentials c SET revoked_at = r.revoked_at, revoked_by = r.revoked_by
                FROM revoked r WHERE c.token_id IN (SELECT token_id FROM before) RETURNING c.*),
            audited AS (
                INSERT INTO credential_audit (action, token_id, subject, actor, at, before, after)
                SELECT CASE WHEN $1 = '' THEN 'revoke-subject' ELSE 'revoke-token' END, $1,
                       coalesce((SELECT subject FROM before LIMIT 1), nullif($2, ''), ''), $3, r.revoked_at,
                       (SELECT jsonb_agg(to_jsonb(b)) FROM before b),
                       jsonb_build_object('revocation', to_jsonb(r), 'credentials', (SELECT jsonb_agg(to_jsonb(m)) FROM marked m))
                FROM revoked r)
            SELECT sequence, coalesce(token_id, ''), coalesce(subject, ''), revoked_at, revoked_by, reason FROM revoked
            """);
        command.Parameters.AddWithValue(byToken ? tokenId : string.Empty);
        command.Parameters.AddWithValue(byToken ? string.Empty : subject);
        command.Parameters.AddWithValue(actor);
        command.Parameters.AddWithValue(reason);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ReadRevocation(reader);
    }

    public async Task<IReadOnlyList<Revocation>> RevocationsAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT sequence, coalesce(token_id, ''), coalesce(subject, ''), revoked_at, revoked_by, reason FROM revocations
            WHERE sequence > $1 ORDER BY sequence LIMIT $2
            """);
        command.Parameters.AddWithValue(afterSequence);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var revocations = new List<Revocation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            revocations.Add(ReadRevocation(reader));
        }

        return revocations;
    }

    public async Task<IReadOnlyList<CredentialAuditEntry>> AuditAsync(string subject, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT action, token_id, subject, actor, at, coalesce(before::text, ''), coalesce(after::text, '') FROM credential_audit
            WHERE $1 = '' OR subject = $1 ORDER BY id DESC LIMIT $2
            """);
        command.Parameters.AddWithValue(subject);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<CredentialAuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new CredentialAuditEntry
            {
                Action = reader.GetString(0), TokenId = reader.GetString(1), Subject = reader.GetString(2), Actor = reader.GetString(3),
                At = Iso(reader.GetFieldValue<DateTimeOffset>(4)), Before = reader.GetString(5), After = reader.GetString(6),
            });
        }

        return entries;
    }

    public static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static Revocation ReadRevocation(NpgsqlDataReader reader) => new()
    {
        Sequence = reader.GetInt64(0), TokenId = reader.GetString(1), Subject = reader.GetString(2),
        RevokedAt = Iso(reader.GetFieldValue<DateTimeOffset>(3)), RevokedBy = reader.GetString(4), Reason = reader.GetString(5),
    };
}
