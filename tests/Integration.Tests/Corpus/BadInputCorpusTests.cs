using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Assessment.Integration.Tests.Corpus;

/// <summary>
/// Every malformed feed of Corpus/manifest.json goes through the gateway by its transport (on the reliability tests' own
/// system, which starts with more patience on a busy machine) and must get its precise
/// error, store nothing (observations and submissions counted in indicators' database), and leave the system healthy.
/// </summary>
[Collection(Faults.FaultCollection.Name)]
public class BadInputCorpusTests(Faults.FaultSystem system, ITestOutputHelper output)
{
    public static TheoryData<CorpusEntry> Entries() => new(CorpusEntry.All);

    [Fact]
    public void The_corpus_holds_at_least_sixty_malformed_feeds_across_every_transport()
    {
        Assert.True(CorpusEntry.All.Count >= 60, $"{CorpusEntry.All.Count} entries");
        Assert.Equal(["csv", "dhis2", "grpc", "grpc-raw", "grpc-stream", "grpc-stream-raw", "json"], CorpusEntry.All.Select(e => e.Transport).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task Each_malformed_feed_is_refused_precisely_and_changes_nothing(CorpusEntry entry)
    {
        var before = await CountStoredAsync();
        var submissionId = $"corpus-{Guid.NewGuid():N}";

        // A call that never comes back must fail its entry by name, not hold the whole run (a clean-clone run once
        // sat in this test for over 5 minutes without naming the entry).
        CorpusAnswer answer;
        try
        {
            answer = await new CorpusSender(system).SendAsync(entry, submissionId).WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{entry.File} ({entry.Transport}): no answer within 3 minutes.");
        }

        var shown = $"{entry.File}: got {answer.Status} [{string.Join("; ", answer.Issues.Select(i => $"row {i.Row} {i.Field} {i.Code}"))}] {Shorten(answer.Text)}";
        output.WriteLine(shown);
        Assert.True(entry.HttpStatus == answer.Status, $"expected status {entry.HttpStatus}; {shown}");
        if (entry.Code.Length > 0)
        {
            // DHIS2's import summary names row and field but no code.
            var code = entry.Transport == "dhis2" ? "dhis2" : entry.Code;
            // "*": the field (and where the reader places it) is whatever garbage the file holds; the code still has to match.
            Assert.True(answer.Issues.Any(i => (entry.Field == "*" || (i.Row == entry.Row && i.Field == entry.Field)) && i.Code == code), $"expected row {entry.Row} {entry.Field} {entry.Code}; {shown}");
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(answer.Text), $"expected an explanation; {shown}");
        }

        if (entry.Message is { } message)
        {
            Assert.Contains(message, answer.Text, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountStoredAsync());
        Assert.Equal("Healthy", await system.Gateway.GetStringAsync("/health"));
        Assert.Equal("Healthy", await system.ServiceHttp("indicators").GetStringAsync("/health"));
    }

    private async Task<(long Observations, long Submissions)> CountStoredAsync()
    {
        await using var db = NpgsqlDataSource.Create((await system.App.GetConnectionStringAsync("indicatorsdb"))!);
        await using var command = db.CreateCommand("SELECT (SELECT count(*) FROM observations), (SELECT count(*) FROM submissions)");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
