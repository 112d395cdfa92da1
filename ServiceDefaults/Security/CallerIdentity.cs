using System.Security.Claims;

namespace Assessment.ServiceDefaults.Security;

/// <summary>Who is calling, as the services need it: an id for the audit trail, roles, and the bodies it reports for.</summary>
public sealed record CallerIdentity(string Id, IReadOnlySet<string> Roles, IReadOnlySet<string> Bodies)
{
    public static readonly CallerIdentity Anonymous = new("anonymous", new HashSet<string>(), new HashSet<string>());

    public bool IsAdmin => Roles.Contains(Security.Roles.MethodologyAdmin);

    public bool IsAuthenticated => !ReferenceEquals(this, Anonymous) && Id != Anonymous.Id;

    /// <summary>Admins may report for any body; reporters only for the bodies (or parent regions) in their token.</summary>
    public bool MayReportFor(string bodyCode, string? parentCode) =>
        IsAdmin || (Roles.Contains(Security.Roles.Reporter) && (Bodies.Contains(bodyCode) || (parentCode is not null && Bodies.Contains(parentCode))));

    public static CallerIdentity From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var id = principal.FindFirstValue(AssessmentClaims.Subject) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        var roles = principal.FindAll(AssessmentClaims.Role).Concat(principal.FindAll(ClaimTypes.Role)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var bodies = principal.FindAll(AssessmentClaims.Body).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new CallerIdentity(id, roles, bodies);
    }
}
