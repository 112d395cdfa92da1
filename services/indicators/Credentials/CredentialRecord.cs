namespace Assessment.Indicators.Credentials;

/// <summary>A registered credential as stored (the token itself never is).</summary>
public sealed record CredentialRecord(
    string TokenId,
    string Subject,
    string Kind,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Bodies,
    string Description,
    DateTimeOffset IssuedAt,
    string IssuedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy);
