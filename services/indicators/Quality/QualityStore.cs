using Assessment.Contracts.Indicators;
using Npgsql;

namespace Assessment.Indicators.Quality;

/// <summary>What was received for a body and period, when, and the flags raised on it.</summary>
public sealed class QualityStore(NpgsqlDataSource dataSource)
{
    /// <summary>Indicator code → whether its current value arrived by the deadline, for one body and period.</summary>
    public async Task<IReadOnlyDictionary<string, bool>> ReceivedAsync(string body, string period, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        // Timeliness looks at the first revision: a late correction does not make an on-time value late.
        await using var command = dataSource.CreateCommand("""
            SELECT indicator_code, min(received_at) <= $3 FROM observations
            WHERE body_code = $1 AND period = $2 GROUP BY indicator_code
            """);
        command.Parameters.AddWithValue(body);
        command.Parameters.AddWithValue(period);
        command.Parameters.AddWithValue(deadline);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var received = new Dictionary<string, bool>();
        while (await reader.ReadAsync(cancellationToken))
        {
            received[reader.GetString(0)] = reader.GetBoolean(1);
        }

        return received;
    }

    public async Task<IReadOnlyList<QualityFlag>> FlagsAsync(string period, string body, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT body_code, indicator_code, period, revision, kind, score, threshold, detail FROM quality_flags
            WHERE period = $1 AND ($2 = '' OR body_code = $2) ORDER BY body_code, indicator_code, revision
            """);
        command.Parameters.AddWithValue(period);
        command.Parameters.AddWithValue(body);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var flags = new List<QualityFlag>();
        while (await reader.ReadAsync(cancellationToken))
        {
            flags.Add(new QualityFlag
            {
                BodyCode = reader.GetString(0), IndicatorCode = reader.GetString(1), Period = reader.GetString(2), Revision = reader.GetInt32(3),
                Kind = reader.GetString(4), Score = reader.GetDouble(5), Threshold = reader.GetDouble(6), Detail = reader.GetString(7),
            });
        }

        return flags;
    }
}
