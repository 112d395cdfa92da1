using System.ComponentModel.DataAnnotations;

namespace Assessment.ServiceDefaults.Security.Revocation;

/// <summary>How a service follows revocations, bound from "Revocation".</summary>
public sealed class RevocationOptions
{
    public const string Section = "Revocation";

    /// <summary>indicators' HTTP address (service discovery name); empty switches polling off where no source is registered.</summary>
    public string Source { get; set; } = "http://_http.indicators";

    /// <summary>How often to ask for new revocations: the longest a revoked token keeps working.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deadline of one poll.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
