using Assessment.ServiceDefaults.Security;

namespace Assessment.Reporting.Api;

/// <summary>The caller of a reporting API call, from the bearer token reporting validated itself.</summary>
public static class Caller
{
    public static CallerIdentity Of(HttpContext http) => CallerIdentity.From(http.User);

    /// <summary>Null when the caller is a methodology admin; else the 401 or 403 to answer.</summary>
    public static IResult? RequireAdmin(HttpContext http, string action) => RequireAdmin(Of(http), action);

    public static IResult? RequireAdmin(CallerIdentity caller, string action)
    {
        if (!caller.IsAuthenticated)
        {
            return Problems.Unauthorized(action);
        }

        return caller.IsAdmin ? null : Problems.Forbidden($"Only the assessment centre (role {Roles.MethodologyAdmin}) may {action}; caller '{caller.Id}' may not.");
    }
}
