namespace Assessment.Gateway.Security;

/// <summary>Names of the authorization and rate-limit policies that routes in appsettings.json refer to.</summary>
public static class GatewayPolicies
{
    /// <summary>Any valid Assessment token: feeds and other writes.</summary>
    public const string Authenticated = "authenticated";

    /// <summary>The assessment centre only: periods, cycles, methodologies, the catalogue.</summary>
    public const string MethodologyAdmin = "methodology-admin";

    /// <summary>Requests per credential (the token's subject), or per client address when anonymous.</summary>
    public const string PerCredential = "per-credential";
}
