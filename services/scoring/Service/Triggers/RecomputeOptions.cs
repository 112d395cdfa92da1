using System.ComponentModel.DataAnnotations;

namespace Assessment.Scoring.Triggers;

/// <summary>How feeds are coalesced into runs, bound from "Recompute".</summary>
public sealed class RecomputeOptions
{
    public const string Section = "Recompute";

    /// <summary>How often the coalescer looks for cycles waiting to be recomputed.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A cycle is recomputed once no feed has arrived for it for this long...</summary>
    public TimeSpan Quiet { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// ...or at the latest this long after the first feed, so a steady stream still shows up. A run of a national cycle
    /// takes well under this, so at a quarter end the draft page follows the feeds about once a second.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 100)]
    public int MaxCyclesPerPass { get; set; } = 20;
}
