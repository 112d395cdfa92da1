using Microsoft.AspNetCore.Http.Features;

namespace Assessment.Gateway.Limits;

/// <summary>
/// Refuses a request whose declared length is over the gateway's limit before anything is read or forwarded, with a
/// problem that says the limit and what to do instead. Bodies without a length are cut by Kestrel at the same limit.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength is { } length && length > max)
        {
            // The body is not wanted: close the connection rather than drain it.
            context.Response.Headers.Connection = "close";
            await Results.Problem(
                title: "Request too large",
                detail: Detail(length, max),
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    public static string Detail(long length, long max) =>
        $"The request body is {length} bytes; the gateway accepts at most {max} bytes ({max / (1024 * 1024)} MiB). " +
        "Split the feed into several submissions, or stream it with Feeds/SubmitStream (gRPC) in batches.";
}
