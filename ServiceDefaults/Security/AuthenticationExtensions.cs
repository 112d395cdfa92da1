using Assessment.ServiceDefaults.Security.Revocation;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Assessment.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication with Assessment's issuer, audience and signing key; refuses to start without a key
    /// rather than accept unsigned or default-signed tokens. Claim names are kept as sent ("sub", "role", "body").
    /// Revoked tokens are refused within a poll interval of their revocation, without a restart; until the revocation
    /// list is first read, every request with a token is refused with 503.
    /// </summary>
    public static IHostApplicationBuilder AddAssessmentAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (options.SigningKey.Length < 32)
        {
            throw new InvalidOperationException(
                "Auth:SigningKey is missing or shorter than 32 characters. Set it from a secret store or the environment (Auth__SigningKey); the AppHost generates one for local runs.");
        }

        builder.Services.AddSingleton(options);
        builder.AddRevocationList(options);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = TokenIssuer.SigningKey(options),
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = AssessmentClaims.Subject,
                    RoleClaimType = AssessmentClaims.Role,
                };
                jwt.Events = AuthenticationProblems.Events(options);
            });
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>
    /// The revocation list every request is checked against, kept current by a poller. Its source is indicators' API
    /// unless the service registers another (indicators reads its own database, so it never waits on itself).
    /// </summary>
    private static void AddRevocationList(this IHostApplicationBuilder builder, AuthOptions options)
    {
        var revocation = builder.Configuration.GetSection(RevocationOptions.Section).Get<RevocationOptions>() ?? new RevocationOptions();
        builder.Services.AddOptions<RevocationOptions>().BindConfiguration(RevocationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RevocationList>();
        // "Assessment.Scoring" calls as "service:scoring".
        builder.Services.TryAddSingleton(sp => new ServiceCredential(options, sp.GetRequiredService<TimeProvider>(), "service:" + ServiceName.Of(builder.Environment)));
        builder.Services.AddHttpClient(HttpRevocationSource.ClientName, client =>
        {
            if (revocation.Source.Length > 0)
            {
                client.BaseAddress = new Uri(revocation.Source.TrimEnd('/') + "/");
            }

            client.Timeout = revocation.RequestTimeout;
        });
        builder.Services.TryAddSingleton<IRevocationSource, HttpRevocationSource>();
        builder.Services.AddSingleton<RevocationPoller>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RevocationPoller>());
        // Fail closed until the first read: tokens are refused with 503 and readiness stays unhealthy.
        builder.Services.AddSingleton<IStartupFilter, RevocationGateStartupFilter>();
        builder.Services.AddHealthChecks().AddCheck<RevocationListHealthCheck>(RevocationListHealthCheck.Name);
    }
}
