using System.Globalization;
using Assessment.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace Assessment.ServiceDefaults.Security;

/// <summary>
/// Turns refused tokens (401) and refused roles (403) into answers that say what to fix: problem+json over HTTP, and
/// a trailers-only response with grpc-status and grpc-message for gRPC callers.
/// </summary>
public static class AuthenticationProblems
{
    public static string ChallengeDetail(HttpContext http, Exception? failure, AuthOptions options) => failure switch
    {
        null when !http.Request.Headers.Authorization.Any(h => h?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true) =>
            "This needs a bearer token: send the header 'Authorization: Bearer <token>'. The assessment centre issues credentials (assess token issue).",
        null => "The bearer token could not be read as a JWT; send the token exactly as issued.",
        SecurityTokenExpiredException expired =>
            $"The token expired at {expired.Expires.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z. Ask the assessment centre for a new one.",
        SecurityTokenNotYetValidException => "The token is not valid yet (nbf is in the future); check the issuing machine's clock.",
        SecurityTokenInvalidAudienceException => $"The token is for another audience; this system accepts only audience '{options.Audience}'.",
        SecurityTokenInvalidIssuerException => $"The token comes from another issuer; this system accepts only issuer '{options.Issuer}'.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            "The token's signature does not match this system's key: it was changed after signing or signed by another system.",
        SecurityTokenNoExpirationException => "The token has no expiry (exp); this system accepts only tokens that expire.",
        AuthenticationFailureException revoked => revoked.Message,
        _ => "The bearer token is not valid; ask the assessment centre for a new one.",
    };

    public static string ForbiddenDetail(HttpContext http)
    {
        var caller = CallerIdentity.From(http.User);
        var needed = http.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .SelectMany(a => (a.Roles ?? a.Policy ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList() ?? [];
        var has = caller.Roles.Count == 0 ? "no role" : "role " + string.Join(", ", caller.Roles.Order(StringComparer.Ordinal));
        return needed.Count == 0
            ? $"The credential '{caller.Id}' ({has}) may not do this."
            : $"The credential '{caller.Id}' ({has}) may not do this; it needs {string.Join(" or ", needed)}.";
    }

    public static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        if (status == StatusCodes.Status401Unauthorized && !http.Response.HasStarted)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return ProblemResponse.WriteAsync(http, status,
            status == StatusCodes.Status401Unauthorized ? global::Grpc.Core.StatusCode.Unauthenticated : global::Grpc.Core.StatusCode.PermissionDenied, title, detail);
    }

    public static JwtBearerEvents Events(AuthOptions options) => new()
    {
        OnTokenValidated = context =>
        {
            var list = context.HttpContext.RequestServices.GetService(typeof(Revocation.RevocationList)) as Revocation.RevocationList;
            if (list is not null && context.SecurityToken is Microsoft.IdentityModel.JsonWebTokens.JsonWebToken token
                && list.Refusal(token.Id, token.Subject, new DateTimeOffset(token.IssuedAt, TimeSpan.Zero)) is { } refusal)
            {
                context.Fail(refusal);
            }

            return Task.CompletedTask;
        },
        OnChallenge = async context =>
        {
            context.HandleResponse();
            await WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Authentication needed",
                ChallengeDetail(context.HttpContext, context.AuthenticateFailure, options));
        },
        OnForbidden = context => WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed", ForbiddenDetail(context.HttpContext)),
    };
}
