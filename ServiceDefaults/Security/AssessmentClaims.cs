namespace Assessment.ServiceDefaults.Security;

/// <summary>Claim names in Assessment's tokens.</summary>
public static class AssessmentClaims
{
    public const string Subject = "sub";
    public const string Role = "role";

    /// <summary>One claim per body code a reporter may report for; a region's code also covers its districts.</summary>
    public const string Body = "body";

    public const string TokenId = "jti";
}
