using Microsoft.Net.Http.Headers;

namespace Assessment.Reporting.Scoring;

/// <summary>The caller's bearer token, as it came through the gateway, to be forwarded to scoring.</summary>
public static class CallerToken
{
    public static string? From(HttpContext context)
    {
        var header = context.Request.Headers[HeaderNames.Authorization].ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length
            ? header[prefix.Length..].Trim()
            : null;
    }
}
