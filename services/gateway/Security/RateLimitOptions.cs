using System.ComponentModel.DataAnnotations;

namespace Assessment.Gateway.Security;

/// <summary>Per-credential limits on write routes, bound from "RateLimits".</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests a credential may make in a burst.</summary>
    [Range(1, 1_000_000)]
    public int TokenLimit { get; set; } = 200;

    /// <summary>Requests added back each second.</summary>
    [Range(1, 1_000_000)]
    public int TokensPerSecond { get; set; } = 100;
}
