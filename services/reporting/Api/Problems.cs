namespace Assessment.Reporting.Api;

/// <summary>problem+json answers of the reporting API, each naming what was wrong and where.</summary>
public static class Problems
{
    public static IResult BadRequest(string field, string? value, string why) =>
        Results.Problem(
            detail: $"{field} {(value is null ? "is missing" : $"'{Shorten(value)}'")}: {why}.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid request",
            extensions: new Dictionary<string, object?> { ["field"] = field, ["value"] = value is null ? null : Shorten(value) });

    public static IResult Unauthorized(string action) =>
        Results.Problem(detail: $"Sign in to {action}: send a bearer token.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required");

    public static IResult Forbidden(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static IResult Unavailable(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Scoring unavailable");

    // Values are echoed to help the caller, but a 4000-character reason need not come back whole.
    private static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
