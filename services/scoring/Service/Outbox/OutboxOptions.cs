using System.ComponentModel.DataAnnotations;

namespace Assessment.Scoring.Outbox;

/// <summary>Relay settings, bound from "Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the relay looks when nothing signals it (events written by another replica).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a batch may wait for the broker's confirms before it is rolled back and tried again.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
