using Assessment.ServiceDefaults.Security;
using Grpc.Core;

namespace Assessment.Scoring.Indicators;

/// <summary>
/// Scoring's own credential for calls to indicators (reading observations, closing periods): a short-lived token
/// signed with the shared key, re-minted shortly before it expires so no call carries a stale one.
/// </summary>
public sealed class ServiceToken(AuthOptions options, TimeProvider time)
{
    public const string Subject = "service:scoring";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private (string Token, DateTimeOffset Expires)? _current;

    public string Current()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_current is not { } current || current.Expires - now < RenewBefore)
            {
                var token = new TokenIssuer(options, time).Issue(Subject, [Roles.Service], [], Lifetime);
                _current = current = (token, now + Lifetime);
            }

            return current.Token;
        }
    }

    public Metadata Headers() => new() { { "Authorization", $"Bearer {Current()}" } };
}
