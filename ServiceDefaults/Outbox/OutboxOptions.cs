using System.ComponentModel.DataAnnotations;

namespace Assessment.ServiceDefaults.Outbox;

/// <summary>Relay settings, bound from "Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>How often the relay looks for events when nothing signals it (events written by another replica).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one batch may wait for the broker's confirms before it is rolled back and tried again.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
