using System.Text.RegularExpressions;
using Assessment.Contracts.Indicators;
using Assessment.ServiceDefaults.Security;

namespace Assessment.Indicators.Credentials;

/// <summary>Checks a request to issue a credential; every problem names its field, the value and what is allowed.</summary>
public static partial class CredentialRequestValidator
{
    public const int MaxLifetimeDays = 366;
    public const int DefaultLifetimeDays = 30;

    private static readonly string[] KnownRoles = [Roles.Reporter, Roles.MethodologyAdmin, Roles.Analyst, Roles.Cso, Roles.Service];

    public static IReadOnlyList<string> Problems(IssueCredentialRequest request, IReadOnlySet<string> knownBodies)
    {
        var problems = new List<string>();
        if (!SubjectPattern().IsMatch(request.Subject))
        {
            problems.Add($"subject '{Shown(request.Subject)}': 1 to 128 letters, digits or . _ : @ -, starting with a letter or digit (e.g. akmola-stat).");
        }

        if (request.Kind == CredentialKind.Unspecified)
        {
            problems.Add("kind: CLIENT (a regional or ministry system) or PERSON.");
        }

        if (request.Roles.Count == 0)
        {
            problems.Add($"roles: name at least one of {string.Join(", ", KnownRoles)}.");
        }

        foreach (var role in request.Roles.Where(r => !KnownRoles.Contains(r, StringComparer.Ordinal)))
        {
            problems.Add($"roles '{Shown(role)}': unknown role; use {string.Join(", ", KnownRoles)}.");
        }

        if (request.Kind == CredentialKind.Client && request.Roles.Any(r => r != Roles.Reporter))
        {
            problems.Add("roles: client credentials are for systems that report; give them the role reporter only.");
        }

        if (request.Roles.Contains(Roles.Reporter) && request.Bodies.Count == 0)
        {
            problems.Add("bodies: a reporter needs the body codes it reports for (e.g. KZ-11).");
        }

        if (!request.Roles.Contains(Roles.Reporter) && request.Bodies.Count > 0)
        {
            problems.Add("bodies: only a reporter is scoped to bodies; leave bodies empty for other roles.");
        }

        foreach (var body in request.Bodies.Where(b => !knownBodies.Contains(b)))
        {
            problems.Add($"bodies '{Shown(body)}': no such body in the catalogue (GET /api/v1/bodies).");
        }

        if (request.LifetimeDays is < 0 or > MaxLifetimeDays)
        {
            problems.Add($"lifetime_days {request.LifetimeDays}: 1 to {MaxLifetimeDays} (0 for {DefaultLifetimeDays}).");
        }

        if (request.Description.Length > 500 || request.Description.Any(char.IsControl))
        {
            problems.Add("description: at most 500 characters without control characters.");
        }

        return problems;
    }

    /// <summary>A value as it can be shown in a message: control characters escaped, long values cut.</summary>
    public static string Shown(string value)
    {
        var escaped = string.Concat(value.Take(64).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return value.Length > 64 ? escaped + "…" : escaped;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$")]
    private static partial Regex SubjectPattern();
}
