using Assessment.Reporting.Rendering;
using Grpc.Core;

namespace Assessment.Reporting.Pages;

/// <summary>Turns scoring's refusal or absence into the page a reader should see (401, 403, 404 or 503).</summary>
public static class ScoringFailure
{
    public static RenderedPage Page(PageContext page, RpcException error, bool signedIn) => error.StatusCode switch
    {
        StatusCode.Unauthenticated => ErrorPage.Render(page, StatusCodes.Status401Unauthorized, "error.signin", "error.signin.text"),
        // An anonymous reader refused a draft needs to sign in; a signed-in one is simply not allowed.
        StatusCode.PermissionDenied when !signedIn => ErrorPage.Render(page, StatusCodes.Status401Unauthorized, "error.signin", "error.signin.text"),
        StatusCode.PermissionDenied => ErrorPage.Render(page, StatusCodes.Status403Forbidden, "error.forbidden", "error.forbidden.text"),
        StatusCode.NotFound or StatusCode.FailedPrecondition or StatusCode.InvalidArgument =>
            ErrorPage.Render(page, StatusCodes.Status404NotFound, "error.notfound", "national.empty", error.Status.Detail),
        _ => ErrorPage.Render(page, StatusCodes.Status503ServiceUnavailable, "error.unavailable", "error.unavailable.text"),
    };
}
