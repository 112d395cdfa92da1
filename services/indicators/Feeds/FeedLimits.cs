using System.ComponentModel.DataAnnotations;

namespace Assessment.Indicators.Feeds;

/// <summary>Limits on what one submission may hold, bound from "Feeds" and validated at start.</summary>
public sealed class FeedLimits
{
    public const string Section = "Feeds";

    [Range(1, 10_000_000)]
    public int MaxValuesPerSubmission { get; set; } = 250_000;

    [Range(1, 100_000)]
    public int MaxCommentLength { get; set; } = 1_000;

    [Range(1, 1024 * 1024 * 1024)]
    public int MaxPayloadBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Modified z-score above which a value is flagged as an outlier (DHIS2 uses 3.5).</summary>
    [Range(1.0, 100.0)]
    public double OutlierThreshold { get; set; } = 3.5;

    /// <summary>
    /// Submissions worked on at once by this instance (each holds up to two database connections); the rest wait their
    /// turn instead of queueing for connections until the pool gives up, as at a quarter end when hundreds push at once.
    /// Two keep a two-core machine's database busy; more only lengthen every queue behind them (the outbox relay,
    /// scoring's reads), so that feeds take longer to show (bench/rollout: freshness p95 4.1 s with 8, 1.9 s with 2).
    /// A back-fill of history, where freshness does not matter, goes faster with more (bench/ingest: a third faster with 8).
    /// </summary>
    [Range(1, 1000)]
    public int MaxConcurrentSubmissions { get; set; } = 2;

    /// <summary>
    /// Streamed submissions read into memory at once by this instance. The others wait before their values are read,
    /// held back by HTTP/2 flow control at the sender, so a quarter-end burst of hundreds of streams does not sit in
    /// memory as rows while it waits for one of the <see cref="MaxConcurrentSubmissions"/> turns. Larger than that
    /// limit, so that reading the next streams overlaps with storing the current ones.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxStreamsInMemory { get; set; } = 16;

    /// <summary>
    /// How long the peer values an outlier check compares with are kept before they are read again. This instance's own
    /// commits update them at once; another instance's commits reach the comparison at most this much later.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PeerValuesMaxAge { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Fewest other values needed before a value is compared with them.</summary>
    [Range(3, 1000)]
    public int OutlierMinimumSample { get; set; } = 5;
}
