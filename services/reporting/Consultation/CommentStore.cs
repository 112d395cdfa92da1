using System.Text.Json;
using Assessment.Reporting.Audit;
using Npgsql;
using NpgsqlTypes;

namespace Assessment.Reporting.Consultation;

/// <summary>The consultation_comments table; each write goes into the audit log in the same transaction.</summary>
public sealed class CommentStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "id, methodology_id, methodology_version, target_kind, target, text, submitted_by, submitted_at, answer, answered_by, answered_at, comparison::text";

    public async Task AddAsync(Comment comment, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("""
            INSERT INTO consultation_comments (id, methodology_id, methodology_version, target_kind, target, text, submitted_by, submitted_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, connection, transaction))
        {
            command.Parameters.AddWithValue(Guid.Parse(comment.Id));
            command.Parameters.AddWithValue(comment.MethodologyId);
            command.Parameters.AddWithValue(comment.MethodologyVersion);
            command.Parameters.AddWithValue(comment.TargetKind);
            command.Parameters.AddWithValue(comment.Target);
            command.Parameters.AddWithValue(comment.Text);
            command.Parameters.AddWithValue(comment.SubmittedBy);
            command.Parameters.AddWithValue(comment.SubmittedAt);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await AuditLog.AppendAsync(connection, transaction, comment.SubmittedBy, "comment.submitted", $"comment/{comment.Id}", comment, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Comment>> ListAsync(string methodologyId, string version, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM consultation_comments WHERE methodology_id = $1 AND methodology_version = $2 ORDER BY submitted_at, id");
        command.Parameters.AddWithValue(methodologyId);
        command.Parameters.AddWithValue(version);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<Comment?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM consultation_comments WHERE id = $1");
        command.Parameters.AddWithValue(id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Stores the answer if the comment has none yet; null when it was answered before (answers are given once, in public).</summary>
    public async Task<Comment?> AnswerAsync(Guid id, string answer, ComparisonSummary? comparison, string answeredBy, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Comment? answered;
        await using (var command = new NpgsqlCommand($"""
            UPDATE consultation_comments SET answer = $2, answered_by = $3, answered_at = $4, comparison = $5
            WHERE id = $1 AND answer IS NULL RETURNING {Columns}
            """, connection, transaction))
        {
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(answer);
            command.Parameters.AddWithValue(answeredBy);
            command.Parameters.AddWithValue(at);
            command.Parameters.Add(new NpgsqlParameter
            {
                Value = comparison is null ? DBNull.Value : JsonSerializer.Serialize(comparison, JsonSerializerOptions.Web),
                NpgsqlDbType = NpgsqlDbType.Jsonb,
            });
            answered = (await ReadAsync(command, cancellationToken)).SingleOrDefault();
        }

        if (answered is null)
        {
            return null;
        }

        await AuditLog.AppendAsync(connection, transaction, answeredBy, "comment.answered", $"comment/{answered.Id}",
            new { answered.MethodologyId, answered.MethodologyVersion, answered.Answer, comparison = comparison is null ? null : new { comparison.CycleId, comparison.VersionA, comparison.VersionB, comparison.BodiesMoved } },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return answered;
    }

    private static async Task<List<Comment>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var comments = new List<Comment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            comments.Add(new Comment(
                reader.GetGuid(0).ToString(), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
                reader.IsDBNull(11) ? null : JsonSerializer.Deserialize<ComparisonSummary>(reader.GetString(11), JsonSerializerOptions.Web)));
        }

        return comments;
    }
}
