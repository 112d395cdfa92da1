using System.Net;

namespace Assessment.Cli.Remote;

/// <summary>The gateway answered an HTTP request with an error: the status, and the title and detail it gave.</summary>
internal sealed class HttpFailure(HttpStatusCode status, string title, string? detail)
    : Exception(detail is { Length: > 0 } ? $"{title}: {detail}" : title)
{
    public HttpStatusCode Status => status;

    public string Title => title;

    public string? Detail => detail;

    /// <summary>1 for a refusal of this request, 2 for a missing or refused token, 3 when the system is unwell (re-run later).</summary>
    public int ExitCode => (int)status switch
    {
        401 => ExitCodes.Usage,
        >= 500 => ExitCodes.Connection,
        _ => ExitCodes.Rejected,
    };

    /// <summary>What to do about it, when the status says more than the server's words.</summary>
    public string? Hint => (int)status switch
    {
        401 => "pass --token (or ASSESS_TOKEN) of an admin or of the body concerned; a token that is expired or signed with another key is refused too",
        403 => "this token's role or bodies do not allow it",
        >= 500 => "the system did not answer properly; nothing is known to have changed, run the command again shortly",
        _ => null,
    };
}
