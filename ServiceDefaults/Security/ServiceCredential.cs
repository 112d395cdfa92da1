namespace Assessment.ServiceDefaults.Security;

/// <summary>
/// A service's own short-lived token (role "service"), signed with the shared key and re-minted shortly before it
/// expires, for calls it makes on its own behalf (reading revocations, observations).
/// </summary>
public sealed class ServiceCredential(AuthOptions options, TimeProvider time, string subject)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private (string Token, DateTimeOffset Expires)? _current;

    public string Subject => subject;

    public string Current()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_current is not { } current || current.Expires - now < RenewBefore)
            {
                var token = new TokenIssuer(options, time).Issue(subject, [Roles.Service], [], Lifetime);
                _current = current = (token, now + Lifetime);
            }

            return current.Token;
        }
    }
}
