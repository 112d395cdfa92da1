using System.Collections.Immutable;
using System.Globalization;

namespace Assessment.ServiceDefaults.Security.Revocation;

/// <summary>
/// The revocations this process knows, checked on every authenticated request. Only ever grows: when the source is
/// away the last known list stays in force, so reads keep working and revoked tokens stay refused. Until its first
/// successful read it is not loaded, and authenticated requests are refused (<see cref="RevocationGate"/>).
/// </summary>
public sealed class RevocationList
{
    private readonly Lock _gate = new();
    private ImmutableHashSet<string> _tokenIds = ImmutableHashSet<string>.Empty;
    private ImmutableDictionary<string, DateTimeOffset> _subjects = ImmutableDictionary<string, DateTimeOffset>.Empty;

    /// <summary>The highest sequence applied; the next poll asks for revocations after it.</summary>
    public long LastSequence { get; private set; }

    /// <summary>When the list last heard from its source (null before the first answer).</summary>
    public DateTimeOffset? LastRefreshed { get; private set; }

    /// <summary>True once the source has answered at least once: before that, no token can be known not to be revoked.</summary>
    public bool IsLoaded => LastRefreshed is not null;

    public void Apply(IEnumerable<RevokedCredential> revocations, DateTimeOffset now)
    {
        lock (_gate)
        {
            var tokenIds = _tokenIds.ToBuilder();
            var subjects = _subjects.ToBuilder();
            foreach (var revocation in revocations.Where(r => r.Sequence > LastSequence).OrderBy(r => r.Sequence))
            {
                if (!string.IsNullOrEmpty(revocation.TokenId))
                {
                    tokenIds.Add(revocation.TokenId);
                }

                if (!string.IsNullOrEmpty(revocation.Subject))
                {
                    // A later revocation of the same subject covers more tokens: keep the latest time.
                    subjects[revocation.Subject] = subjects.TryGetValue(revocation.Subject, out var earlier) && earlier > revocation.RevokedAt
                        ? earlier
                        : revocation.RevokedAt;
                }

                LastSequence = revocation.Sequence;
            }

            _tokenIds = tokenIds.ToImmutable();
            _subjects = subjects.ToImmutable();
            LastRefreshed = now;
        }
    }

    /// <summary>Why a token is refused, or null when it is not revoked. Tokens issued after a subject's revocation pass.</summary>
    public string? Refusal(string? tokenId, string? subject, DateTimeOffset issuedAt)
    {
        if (!string.IsNullOrEmpty(tokenId) && _tokenIds.Contains(tokenId))
        {
            return $"The token {tokenId} was revoked. Ask the assessment centre for a new credential.";
        }

        if (!string.IsNullOrEmpty(subject) && _subjects.TryGetValue(subject, out var revokedAt) && issuedAt <= revokedAt)
        {
            return $"Every credential of '{subject}' issued until {revokedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z was revoked. Ask the assessment centre for a new credential.";
        }

        return null;
    }
}
