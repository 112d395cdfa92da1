using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assessment.ServiceDefaults.Security;

/// <summary>Signs Assessment tokens: used by the assess CLI's admin commands and by tests.</summary>
public sealed class TokenIssuer(AuthOptions options, TimeProvider time)
{
    public string Issue(string subject, IEnumerable<string> roles, IEnumerable<string> bodies, TimeSpan lifetime, string? tokenId = null)
    {
        var claims = new List<Claim> { new(AssessmentClaims.Subject, subject), new(AssessmentClaims.TokenId, tokenId ?? Guid.NewGuid().ToString("N")) };
        claims.AddRange(roles.Select(r => new Claim(AssessmentClaims.Role, r)));
        claims.AddRange(bodies.Select(b => new Claim(AssessmentClaims.Body, b)));
        var now = time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now,
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(SigningKey(options), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static SymmetricSecurityKey SigningKey(AuthOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));
}
