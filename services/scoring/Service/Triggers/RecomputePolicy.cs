using Microsoft.Extensions.Options;

namespace Assessment.Scoring.Triggers;

/// <summary>
/// When a waiting cycle is recomputed: after a quiet spell with no new feed (so a burst becomes one run), or once
/// the first feed has waited the longest allowed (so a steady stream cannot postpone the run forever).
/// </summary>
public sealed class RecomputePolicy(IOptions<RecomputeOptions> options, TimeProvider time)
{
    public bool IsDue(PendingRecompute pending)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        return now - pending.LastTriggerAt >= settings.Quiet || now - pending.FirstTriggerAt >= settings.MaxDelay;
    }

    /// <summary>How long until the earliest of these becomes due (zero when one is due; the poll interval when none waits).</summary>
    public TimeSpan WaitBeforeNext(IEnumerable<PendingRecompute> pending)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var wait = settings.PollInterval;
        foreach (var p in pending)
        {
            var due = Min(p.LastTriggerAt + settings.Quiet, p.FirstTriggerAt + settings.MaxDelay) - now;
            wait = due < wait ? due : wait;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
