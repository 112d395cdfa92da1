using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Assessment.Integration.Tests;

/// <summary>Accepted values are history: the database itself refuses to change or delete them or their submissions.</summary>
[Collection(SystemCollection.Name)]
public class FeedHistoryTests(RunningSystem system)
{
    [Theory]
    [InlineData("UPDATE observations SET value = value + 1")]
    [InlineData("DELETE FROM observations")]
    [InlineData("TRUNCATE observations")]
    [InlineData("DELETE FROM submissions")]
    [InlineData("TRUNCATE submissions CASCADE")]
    public async Task Accepted_values_and_their_submissions_cannot_be_changed_or_deleted_in_the_database(string sql)
    {
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("indicatorsdb"));
        await connection.OpenAsync();
        var before = await CountAsync(connection);
        Assert.True(before.Observations > 0, "the demo data should have stored values");

        // Inside a transaction that is always rolled back: were the refusal ever missing, the shared system keeps its data.
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", error.MessageText);
            await transaction.RollbackAsync();
        }

        Assert.Equal(before, await CountAsync(connection));
    }

    private static async Task<(long Observations, long Submissions)> CountAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT (SELECT count(*) FROM observations), (SELECT count(*) FROM submissions)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
