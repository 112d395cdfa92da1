using System.ComponentModel.DataAnnotations;

namespace Assessment.ServiceDefaults.Security;

/// <summary>Token validation settings, bound from "Auth". The signing key comes from configuration or a secret store, never the repository.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    [Required]
    public string Issuer { get; set; } = "assessment";

    [Required]
    public string Audience { get; set; } = "assessment-api";

    /// <summary>HMAC-SHA256 key, at least 32 bytes of UTF-8.</summary>
    [Required]
    [MinLength(32)]
    public string SigningKey { get; set; } = string.Empty;
}
