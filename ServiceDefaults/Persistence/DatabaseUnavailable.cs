using System.Net.Sockets;
using Npgsql;

namespace Assessment.ServiceDefaults.Persistence;

/// <summary>
/// Tells a database that is away (restarting, failing over, refusing connections) from a real error, so that callers
/// get "retry later" (gRPC Unavailable, HTTP 503 with Retry-After) instead of an internal error.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>How long a caller should wait before retrying: about the time a PostgreSQL restart takes.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public const string Message = "The database is briefly unavailable (restarting or failing over); nothing was stored. Retry the same request (same submission id) later.";

    public static bool Is(Exception exception) => exception switch
    {
        // Class 08: connection exceptions; class 57: operator intervention (shutdown, "cannot connect now", crash recovery).
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is SocketException or IOException or TimeoutException,
        AggregateException a => a.InnerExceptions.Any(Is),
        _ => exception.InnerException is { } inner && Is(inner),
    };
}
