namespace Assessment.ServiceDefaults.Security.Revocation;

/// <summary>Where revocations come from: indicators' database in indicators, indicators' API everywhere else.</summary>
public interface IRevocationSource
{
    /// <summary>At most this many revocations per read; a full page means there may be more.</summary>
    const int PageSize = 1000;

    /// <summary>Revocations with a sequence greater than <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<RevokedCredential>> ReadAfterAsync(long afterSequence, CancellationToken cancellationToken);
}
