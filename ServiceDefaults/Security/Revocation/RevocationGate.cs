using Assessment.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;

namespace Assessment.ServiceDefaults.Security.Revocation;

/// <summary>
/// Fails closed in the startup window: until this process has read the revocation list once, it cannot tell a revoked
/// token from a good one, so a request carrying a bearer token is refused with 503 (gRPC Unavailable) and told to
/// retry. Requests without a token (public pages, open data, health probes) pass.
/// </summary>
public sealed class RevocationGate(RequestDelegate next, RevocationList list)
{
    /// <summary>Seconds a refused caller is asked to wait: about one poll interval.</summary>
    public const int RetryAfterSeconds = 2;

    public const string Title = "Revocation list not loaded yet";

    public const string Detail =
        "This server has not yet read the list of revoked credentials from indicators, so it cannot check your token. " +
        "Nothing was done; retry in a few seconds. Requests without a token (public pages and open data) are served meanwhile.";

    public async Task InvokeAsync(HttpContext http)
    {
        if (list.IsLoaded || !CarriesBearerToken(http.Request))
        {
            await next(http);
            return;
        }

        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ProblemResponse.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, global::Grpc.Core.StatusCode.Unavailable, Title, Detail);
    }

    private static bool CarriesBearerToken(HttpRequest request) =>
        request.Headers.Authorization.Any(h => h?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true);
}
