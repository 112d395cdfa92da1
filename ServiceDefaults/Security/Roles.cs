namespace Assessment.ServiceDefaults.Security;

/// <summary>The roles a credential can carry (JWT claim "role").</summary>
public static class Roles
{
    /// <summary>A regional or ministry system, or a person, reporting for the bodies in its "body" claims.</summary>
    public const string Reporter = "reporter";

    /// <summary>The assessment centre: methodologies, cycles, periods, the catalogue.</summary>
    public const string MethodologyAdmin = "methodology-admin";

    public const string Analyst = "analyst";

    /// <summary>A registered civil-society organisation (consultation comments).</summary>
    public const string Cso = "cso";

    /// <summary>Another Assessment service calling on its own behalf (e.g. scoring reading observations).</summary>
    public const string Service = "service";
}
