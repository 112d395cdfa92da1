namespace Assessment.Integration.Tests.Faults;

[Collection(FaultCollection.Name)]
public class BrokerSettingsTests(FaultSystem system)
{
    [Fact]
    public async Task Every_consumer_queue_is_a_durable_quorum_queue()
    {
        var rows = Table(await system.RabbitMqCtlAsync("list_queues", "name", "durable", "auto_delete", "type"));

        // The bus's own reply queues (auto-delete, one per process) are meant to vanish; every other queue must survive a broker restart.
        var consumerQueues = rows.Where(r => r[2] == "false").ToList();
        Assert.Contains(consumerQueues, r => r[0] == "scoring-observations-accepted");
        Assert.Contains(consumerQueues, r => r[0] == "reporting-scores-computed");
        Assert.Contains(consumerQueues, r => r[0] == "reporting-cycle-published");
        Assert.All(consumerQueues.Where(r => !r[0].EndsWith("_error", StringComparison.Ordinal) && !r[0].EndsWith("_skipped", StringComparison.Ordinal)),
            r => Assert.True(r[1] == "true" && r[3] == "quorum", $"queue {r[0]}: durable={r[1]}, type={r[3]}"));
    }

    [Fact]
    public async Task Every_publishing_channel_waits_for_publisher_confirms()
    {
        // Publish something so that both services' publishing channels exist.
        var run = await new ScoringClient(system).ComputeAsync((await new ScoringClient(system).OpenAsync(Regions2019.NewId("rel-confirm"), Regions2019.Period)).CycleId);
        Assert.True(run.RunNumber > 0);

        var channels = Table(await system.RabbitMqCtlAsync("list_channels", "name", "confirm", "messages_unconfirmed"));

        Assert.NotEmpty(channels);
        Assert.All(channels, c => Assert.True(c[1] == "true", $"channel {c[0]} is not in confirm mode"));
    }

    private static List<string[]> Table(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length > 1 && cells[0] != "name")
            .ToList();
}
