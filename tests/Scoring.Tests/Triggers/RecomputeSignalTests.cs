using Assessment.Scoring.Triggers;

namespace Assessment.Scoring.Tests.Triggers;

public class RecomputeSignalTests
{
    [Fact]
    public async Task Many_notifications_before_a_wait_wake_it_once()
    {
        var signal = new RecomputeSignal();
        for (var i = 0; i < 100; i++)
        {
            signal.Notify();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None));
    }

    [Fact]
    public async Task A_notification_during_a_wait_ends_it_before_its_timeout()
    {
        var signal = new RecomputeSignal();
        var waiting = signal.WaitAsync(TimeSpan.FromMinutes(5), CancellationToken.None);

        signal.Notify();

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
