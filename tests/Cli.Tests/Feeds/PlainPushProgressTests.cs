using Assessment.Cli.Feeds;
using Microsoft.Extensions.Time.Testing;

namespace Assessment.Cli.Tests.Feeds;

public class PlainPushProgressTests
{
    [Fact]
    public async Task Writes_the_first_batch_then_one_line_per_interval_then_the_end_with_rate_and_time_left()
    {
        var time = new FakeTimeProvider();
        var error = new StringWriter();
        var progress = new PlainPushProgress(error, time, TimeSpan.FromSeconds(2));

        await progress.RunAsync(10_000, sent =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            sent(1_000);
            time.Advance(TimeSpan.FromSeconds(1));
            sent(2_000);
            time.Advance(TimeSpan.FromSeconds(1));
            sent(3_000);
            time.Advance(TimeSpan.FromSeconds(7));
            sent(10_000);
            return Task.FromResult(0);
        });

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            "pushed 1,000/10,000 values (10%), 1,000 values/s, about 9 s left",
            "pushed 3,000/10,000 values (30%), 1,000 values/s, about 7 s left",
            "pushed 10,000/10,000 values (100%), 1,000 values/s",
            "pushed 10,000/10,000 values (100%), 1,000 values/s",
        ], lines);
    }
}
