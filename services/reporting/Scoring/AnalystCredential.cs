using Assessment.ServiceDefaults.Security;

namespace Assessment.Reporting.Scoring;

/// <summary>
/// Reporting's own analyst token, for the one analyst call a public page makes: comparing the rankings of a
/// published cycle under two methodology versions. Short-lived and minted per use (comparisons are memoised).
/// </summary>
public sealed class AnalystCredential(AuthOptions options, TimeProvider time)
{
    public const string Subject = "service:reporting";

    public string Issue() => new TokenIssuer(options, time).Issue(Subject, [Roles.Analyst, Roles.Service], [], TimeSpan.FromMinutes(2));
}
