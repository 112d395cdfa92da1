namespace Assessment.ServiceDefaults.Security.Revocation;

/// <summary>One revocation as services follow it: a single token by id, or every token of a subject issued until <see cref="RevokedAt"/>.</summary>
public sealed record RevokedCredential(long Sequence, string? TokenId, string? Subject, DateTimeOffset RevokedAt);
