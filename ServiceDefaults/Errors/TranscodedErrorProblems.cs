using System.Text.Json;
using Grpc.Core;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;

namespace Assessment.ServiceDefaults.Errors;

/// <summary>
/// JSON transcoding answers a failed gRPC call with google.rpc.Status JSON ({"code", "message"}); HTTP callers get
/// problem+json instead, with the same HTTP status, the message as detail and the gRPC status kept as an extension.
/// </summary>
public sealed class TranscodedErrorProblems(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is null)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && TryReadStatus(buffer, out var code, out var message, out var details))
        {
            context.Response.ContentLength = null;
            var extensions = new Dictionary<string, object?> { ["grpcStatus"] = code.ToString() };
            if (details is { } kept)
            {
                // The status details carry what the caller must fix (e.g. a feed receipt with every error by row).
                extensions["details"] = kept;
            }

            await Results.Problem(detail: message, statusCode: context.Response.StatusCode, title: Title(code), extensions: extensions)
                .ExecuteAsync(context);
            return;
        }

        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    public static string Title(StatusCode code) => code switch
    {
        StatusCode.InvalidArgument => "The request is not valid",
        StatusCode.NotFound => "Not found",
        StatusCode.AlreadyExists => "Already exists",
        StatusCode.FailedPrecondition => "Not possible in the current state",
        StatusCode.PermissionDenied => "Not allowed",
        StatusCode.Unauthenticated => "Authentication needed",
        StatusCode.ResourceExhausted => "Too large or too many",
        StatusCode.Aborted => "Changed meanwhile; retry",
        StatusCode.Unavailable => "Temporarily unavailable; retry",
        StatusCode.DeadlineExceeded => "Took too long",
        _ => "The request failed",
    };

    private static bool TryReadStatus(MemoryStream buffer, out StatusCode code, out string message, out JsonElement? details)
    {
        code = StatusCode.Unknown;
        message = string.Empty;
        details = null;
        try
        {
            using var document = JsonDocument.Parse(buffer);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("code", out var codeElement) || !codeElement.TryGetInt32(out var number)
                || !document.RootElement.TryGetProperty("message", out var messageElement))
            {
                return false;
            }

            code = (StatusCode)number;
            message = messageElement.GetString() ?? string.Empty;
            if (document.RootElement.TryGetProperty("details", out var detailsElement)
                && detailsElement.ValueKind == JsonValueKind.Array && detailsElement.GetArrayLength() > 0)
            {
                details = detailsElement.Clone();
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
