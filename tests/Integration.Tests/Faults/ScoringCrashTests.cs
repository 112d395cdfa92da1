using Assessment.Contracts.Scoring;
using Npgsql;
using Xunit.Abstractions;
using static Assessment.Integration.Tests.FeedClient;

namespace Assessment.Integration.Tests.Faults;

[Collection(FaultCollection.Name)]
public class ScoringCrashTests(FaultSystem system, ITestOutputHelper output)
{
    private readonly FeedClient _feeds = new(system);
    private readonly ScoringClient _scoring = new(system);

    [Fact]
    public async Task A_run_cut_short_by_killing_scoring_is_redone_after_restart_and_published_once()
    {
        var cycle = await _scoring.OpenAsync(Regions2019.NewId("rel-crash"), Regions2019.Period);
        var token = system.AdminToken();
        await using var scoringDb = await system.DatabaseAsync("scoringdb");

        // Push until a feed's run is caught in progress (its waiting row locked by the coalescer), then SIGKILL scoring.
        double lastValue = 0;
        var caught = false;
        for (var attempt = 1; attempt <= 8 && !caught; attempt++)
        {
            lastValue = 74 + 0.01 * attempt;
            var before = await CountRunsAsync(scoringDb, cycle.CycleId);
            await _feeds.SubmitAsync(token, Regions2019.NewId("rel-crash-feed"), Value("KZ-11", "life_expectancy", Regions2019.Period, lastValue));
            caught = await WaitForRunInProgressAsync(scoringDb, cycle.CycleId, before, TimeSpan.FromSeconds(20));
            output.WriteLine($"attempt {attempt}: run {(caught ? "caught in progress" : "finished before it was seen")}");
        }

        Assert.True(caught, "no run of the cycle was seen in progress");
        var runsBefore = await CountRunsAsync(scoringDb, cycle.CycleId);
        await system.KillAsync("scoring");
        await system.StartAsync("scoring");

        // The run is redone from its waiting row: it carries the last value, and nothing half-written is left.
        var redone = await Eventually.GetAsync(async () =>
        {
            var scores = await _scoring.ScoresAsync(token, cycle.CycleId, "KZ-11", lineage: true);
            return scores.Bodies.Single().Indicators.Single(i => i.Code == "life_expectancy").Raw == lastValue ? scores.Run : null;
        }, TimeSpan.FromMinutes(2), "a run carrying the value pushed before the kill");

        var runs = await _scoring.RunsAsync(cycle.CycleId);
        output.WriteLine($"runs before the kill: {runsBefore}; after: {string.Join(", ", runs.Select(r => $"{r.RunNumber}:{r.Trigger}:{r.InputHash[..8]}"))}");
        Assert.Equal(runsBefore + 1, runs.Count);
        Assert.Equal(Enumerable.Range(1, runs.Count), runs.Select(r => r.RunNumber));
        Assert.Equal(runs.Count, runs.Select(r => r.InputHash).Distinct().Count());
        Assert.Equal(runs[^1].RunNumber, redone.RunNumber);
        foreach (var run in runs)
        {
            // Every stored run is whole: one result per body it counts.
            var scores = await _scoring.Scores.GetScoresAsync(new GetScoresRequest { CycleId = cycle.CycleId, RunNumber = run.RunNumber }, RunningSystem.WithToken(token));
            Assert.True(run.BodyCount > 0);
            Assert.Equal(run.BodyCount, scores.Bodies.Count);
        }

        // Each run is announced by exactly one event, and reporting heard of each once.
        Assert.All(await AnnouncementsPerRunAsync(scoringDb, cycle.CycleId), n => Assert.Equal(1, n.Value));
        await Eventually.GetAsync(async () =>
        {
            var announced = await system.Gateway.GetStringAsync("/api/v1/runs");
            return announced.Contains(cycle.CycleId, StringComparison.Ordinal) ? announced : null;
        }, TimeSpan.FromMinutes(1), "reporting to hear of the redone run");
        await using var reportingDb = await system.DatabaseAsync("reportingdb");
        await using var announcedRuns = reportingDb.CreateCommand("SELECT run_number, count(*) FROM announced_runs WHERE cycle_id = $1 GROUP BY run_number");
        announcedRuns.Parameters.AddWithValue(cycle.CycleId);
        await using var reader = await announcedRuns.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Assert.Equal(1L, reader.GetInt64(1));
            Assert.InRange(reader.GetInt32(0), 1, runs.Count);
        }
    }

    /// <summary>
    /// True once a run of the cycle is being computed (scoring holds the cycle's run lock, an advisory lock on
    /// hashtext('scoring-run:' || cycle), shown in pg_locks as its low 32 bits); false if a new run was stored first.
    /// </summary>
    private static async Task<bool> WaitForRunInProgressAsync(NpgsqlDataSource db, string cycleId, long runsBefore, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            await using var probe = db.CreateCommand("""
                SELECT count(*) FROM pg_locks
                WHERE locktype = 'advisory' AND granted AND objsubid = 1
                  AND objid = ((hashtext('scoring-run:' || $1))::bigint & 4294967295)::oid
                """);
            probe.Parameters.AddWithValue(cycleId);
            if ((long)(await probe.ExecuteScalarAsync())! > 0)
            {
                return true;
            }

            if (await CountRunsAsync(db, cycleId) > runsBefore)
            {
                return false;
            }

            await Task.Delay(5);
        }

        return false;
    }

    private static async Task<long> CountRunsAsync(NpgsqlDataSource db, string cycleId)
    {
        await using var command = db.CreateCommand("SELECT count(*) FROM runs WHERE cycle_id = $1");
        command.Parameters.AddWithValue(cycleId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Dictionary<int, long>> AnnouncementsPerRunAsync(NpgsqlDataSource db, string cycleId)
    {
        await using var command = db.CreateCommand("""
            SELECT (payload->>'RunNumber')::int, count(*) FROM outbox
            WHERE message_type LIKE '%ScoresComputed' AND payload->>'CycleId' = $1 GROUP BY 1
            """);
        command.Parameters.AddWithValue(cycleId);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<int, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetInt32(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
