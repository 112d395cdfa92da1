using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Assessment.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication with Assessment's issuer, audience and signing key; refuses to start without a key
    /// rather than accept unsigned or default-signed tokens. Claim names are kept as sent ("sub", "role", "body").
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
            });
        builder.Services.AddAuthorization();
        return builder;
    }
}
