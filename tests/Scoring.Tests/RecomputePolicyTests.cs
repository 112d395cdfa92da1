using Assessment.Scoring.Triggers;
using Microsoft.Extensions.Options;

namespace Assessment.Scoring.Tests;

public class RecomputePolicyTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly ManualTime _time = new(T0);
    private readonly RecomputePolicy _policy;

    public RecomputePolicyTests() =>
        _policy = new RecomputePolicy(Options.Create(new RecomputeOptions
        {
            PollInterval = TimeSpan.FromSeconds(1),
            Quiet = TimeSpan.FromMilliseconds(500),
            MaxDelay = TimeSpan.FromSeconds(5),
        }), _time);

    [Fact]
    public void Waits_while_feeds_keep_arriving_and_is_due_after_a_quiet_half_second()
    {
        var pending = new PendingRecompute("c", T0, T0, 1);
        _time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(_policy.IsDue(pending));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(_policy.IsDue(pending));
    }

    [Fact]
    public void A_steady_stream_is_recomputed_five_seconds_after_its_first_feed()
    {
        // A feed every 200 ms never leaves a quiet half second.
        var pending = new PendingRecompute("c", T0, T0, 1);
        for (var i = 1; i < 25; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(200));
            pending = pending with { LastTriggerAt = _time.Now, Submissions = i + 1 };
            Assert.False(_policy.IsDue(pending));
        }

        _time.Advance(TimeSpan.FromMilliseconds(200));
        pending = pending with { LastTriggerAt = _time.Now };
        Assert.True(_policy.IsDue(pending));
    }

    [Fact]
    public void A_burst_of_a_thousand_feeds_within_two_seconds_makes_one_run()
    {
        // The coalescer checks every 100 ms; feeds arrive every 2 ms for 2 s.
        var pending = (PendingRecompute?)null;
        var runs = 0;
        for (var ms = 0; ms <= 6000; ms += 2)
        {
            _time.Advance(TimeSpan.FromMilliseconds(ms == 0 ? 0 : 2));
            if (ms < 2000)
            {
                pending = pending is null ? new PendingRecompute("c", _time.Now, _time.Now, 1) : pending with { LastTriggerAt = _time.Now, Submissions = pending.Submissions + 1 };
            }

            if (ms % 100 == 0 && pending is not null && _policy.IsDue(pending))
            {
                runs++;
                Assert.Equal(1000, pending.Submissions);
                pending = null;
            }
        }

        Assert.Equal(1, runs);
    }

    [Fact]
    public void Sleeps_until_the_earliest_cycle_is_due_but_never_longer_than_the_poll_interval()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), _policy.WaitBeforeNext([]));
        var pending = new PendingRecompute("c", T0, T0, 3);
        _time.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Equal(TimeSpan.FromMilliseconds(300), _policy.WaitBeforeNext([pending]));
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, _policy.WaitBeforeNext([pending]));
    }
}
