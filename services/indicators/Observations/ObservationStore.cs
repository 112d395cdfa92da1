using Assessment.Contracts.Indicators;
using Google.Protobuf.WellKnownTypes;
using Npgsql;

namespace Assessment.Indicators.Observations;

/// <summary>Reads of stored observations: current values, values as of a time, and a key's whole history.</summary>
public sealed class ObservationStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "body_code, indicator_code, period, value, revision, submission_id, sender, received_at";

    /// <summary>Streams matching values; as of a time, each key's newest revision received by then.</summary>
    public async IAsyncEnumerable<ObservationRecord> QueryAsync(IReadOnlyCollection<string> periods, IReadOnlyCollection<string> bodies,
        IReadOnlyCollection<string> indicators, DateTimeOffset? asOf, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sql = asOf is null
            ? $"""
               SELECT {Columns} FROM current_observations
               WHERE period = ANY($1) AND (cardinality($2::text[]) = 0 OR body_code = ANY($2)) AND (cardinality($3::text[]) = 0 OR indicator_code = ANY($3))
               ORDER BY period, body_code, indicator_code
               """
            : $"""
               SELECT DISTINCT ON (period, body_code, indicator_code) {Columns} FROM observations
               WHERE period = ANY($1) AND (cardinality($2::text[]) = 0 OR body_code = ANY($2)) AND (cardinality($3::text[]) = 0 OR indicator_code = ANY($3))
                 AND received_at <= $4
               ORDER BY period, body_code, indicator_code, revision DESC
               """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue(periods.ToArray());
        command.Parameters.AddWithValue(bodies.ToArray());
        command.Parameters.AddWithValue(indicators.ToArray());
        if (asOf is { } time)
        {
            command.Parameters.AddWithValue(time);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Read(reader);
        }
    }

    public async Task<IReadOnlyList<ObservationRecord>> HistoryAsync(string body, string indicator, string period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM observations WHERE body_code = $1 AND indicator_code = $2 AND period = $3 ORDER BY revision");
        command.Parameters.AddWithValue(body);
        command.Parameters.AddWithValue(indicator);
        command.Parameters.AddWithValue(period);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ObservationRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(Read(reader));
        }

        return list;
    }

    private static ObservationRecord Read(NpgsqlDataReader reader) => new()
    {
        BodyCode = reader.GetString(0),
        IndicatorCode = reader.GetString(1),
        Period = reader.GetString(2),
        Value = reader.GetDouble(3),
        Revision = reader.GetInt32(4),
        SubmissionId = reader.GetString(5),
        Sender = reader.GetString(6),
        ReceivedAt = Timestamp.FromDateTimeOffset(reader.GetFieldValue<DateTimeOffset>(7)),
    };
}
