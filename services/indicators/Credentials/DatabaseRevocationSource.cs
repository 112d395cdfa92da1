using System.Globalization;
using Assessment.ServiceDefaults.Security.Revocation;

namespace Assessment.Indicators.Credentials;

/// <summary>indicators owns the revocations table, so it follows it directly rather than through its own API.</summary>
public sealed class DatabaseRevocationSource(CredentialStore store) : IRevocationSource
{
    public async Task<IReadOnlyList<RevokedCredential>> ReadAfterAsync(long afterSequence, CancellationToken cancellationToken) =>
        (await store.RevocationsAfterAsync(afterSequence, IRevocationSource.PageSize, cancellationToken))
            .Select(r => new RevokedCredential(r.Sequence, r.TokenId, r.Subject,
                DateTimeOffset.Parse(r.RevokedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)))
            .ToList();
}
