using System.Threading.RateLimiting;
using Assessment.ServiceDefaults.Errors;
using Assessment.ServiceDefaults.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Assessment.Gateway.Security;

public static class GatewaySecurityExtensions
{
    /// <summary>
    /// Checks tokens at the edge (the services check them again), the role of admin routes, and a token bucket per
    /// credential on writes; refusals are problem+json that say what to do.
    /// </summary>
    public static IHostApplicationBuilder AddGatewaySecurity(this IHostApplicationBuilder builder)
    {
        builder.AddAssessmentAuthentication();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(GatewayPolicies.Authenticated, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(GatewayPolicies.MethodologyAdmin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.MethodologyAdmin));

        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(GatewayPolicies.PerCredential, context =>
            {
                var caller = CallerIdentity.From(context.User);
                var partition = caller.IsAuthenticated ? "sub:" + caller.Id : "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.TokenLimit,
                    TokensPerPeriod = limits.TokensPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ProblemResponse.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, Grpc.Core.StatusCode.ResourceExhausted,
                    "Too many requests",
                    $"This credential may make {limits.TokensPerSecond} write requests per second (bursts of {limits.TokenLimit}). Retry after {retryAfter.TotalSeconds:F0} s, or send larger submissions less often.");
            };
        });
        return builder;
    }
}
