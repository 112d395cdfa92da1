using Assessment.Reporting.Audit;
using Npgsql;

namespace Assessment.Reporting.Contests;

/// <summary>The contests table; each write goes into the audit log in the same transaction.</summary>
public sealed class ContestStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "id, cycle_id, body_code, indicator_code, area, reason, status, submitted_by, submitted_at, answer, outcome, answered_by, answered_at";

    public async Task AddAsync(Contest contest, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand($"INSERT INTO contests ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, NULL, NULL, NULL)",
            connection, transaction))
        {
            command.Parameters.AddWithValue(Guid.Parse(contest.Id));
            command.Parameters.AddWithValue(contest.CycleId);
            command.Parameters.AddWithValue(contest.BodyCode);
            command.Parameters.AddWithValue((object?)contest.IndicatorCode ?? DBNull.Value);
            command.Parameters.AddWithValue((object?)contest.Area ?? DBNull.Value);
            command.Parameters.AddWithValue(contest.Reason);
            command.Parameters.AddWithValue(contest.Status);
            command.Parameters.AddWithValue(contest.SubmittedBy);
            command.Parameters.AddWithValue(contest.SubmittedAt);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await AuditLog.AppendAsync(connection, transaction, contest.SubmittedBy, "contest.submitted", $"contest/{contest.Id}", contest, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A cycle's contests, oldest first; <paramref name="bodies"/> narrows them (null: every body).</summary>
    public async Task<IReadOnlyList<Contest>> ListAsync(string cycleId, IReadOnlyCollection<string>? bodies, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM contests WHERE cycle_id = $1 AND ($2::text[] IS NULL OR body_code = ANY($2)) ORDER BY submitted_at, id");
        command.Parameters.AddWithValue(cycleId);
        command.Parameters.Add(new NpgsqlParameter { Value = bodies is null ? DBNull.Value : bodies.ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<Contest?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM contests WHERE id = $1");
        command.Parameters.AddWithValue(id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Stores the answer if the contest is still open; null when it was answered before (a contest is answered once).</summary>
    public async Task<Contest?> AnswerAsync(Guid id, string answer, string outcome, string answeredBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Contest? answered;
        await using (var command = new NpgsqlCommand($"""
            UPDATE contests SET status = 'answered', answer = $2, outcome = $3, answered_by = $4, answered_at = $5
            WHERE id = $1 AND status = 'open' RETURNING {Columns}
            """, connection, transaction))
        {
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(answer);
            command.Parameters.AddWithValue(outcome);
            command.Parameters.AddWithValue(answeredBy);
            command.Parameters.AddWithValue(at);
            answered = (await ReadAsync(command, cancellationToken)).SingleOrDefault();
        }

        if (answered is null)
        {
            return null;
        }

        await AuditLog.AppendAsync(connection, transaction, answeredBy, "contest.answered", $"contest/{answered.Id}",
            new { answered.CycleId, answered.BodyCode, answered.Outcome, answered.Answer }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return answered;
    }

    private static async Task<List<Contest>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var contests = new List<Contest>();
        while (await reader.ReadAsync(cancellationToken))
        {
            contests.Add(new Contest(
                reader.GetGuid(0).ToString(), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetFieldValue<DateTimeOffset>(8),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11), reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12)));
        }

        return contests;
    }
}
