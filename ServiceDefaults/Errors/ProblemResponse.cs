using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Assessment.ServiceDefaults.Errors;

/// <summary>
/// One refusal, answered in the caller's protocol: problem+json over HTTP, or a trailers-only gRPC response whose
/// grpc-status and grpc-message carry the same meaning, so gRPC clients see e.g. ResourceExhausted and the message.
/// </summary>
public static class ProblemResponse
{
    public static async Task WriteAsync(HttpContext http, int status, StatusCode grpcStatus, string title, string detail)
    {
        if (http.Response.HasStarted)
        {
            return;
        }

        if (http.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/grpc";
            http.Response.Headers["grpc-status"] = ((int)grpcStatus).ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers["grpc-message"] = GrpcMessageEncoding.Encode(detail);
            return;
        }

        await Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(http);
    }
}
