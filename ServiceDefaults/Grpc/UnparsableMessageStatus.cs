using System.Reflection;
using Assessment.ServiceDefaults.Security;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Assessment.ServiceDefaults.Grpc;

/// <summary>
/// A request message that is not valid protobuf (random bytes, a truncated message, a length past its end) fails in
/// the generated deserializer, before any interceptor or service code runs, and Grpc.AspNetCore answers it with a
/// generic Unknown. It is the caller's error: this answers InvalidArgument instead, saying which protobuf message the
/// bytes had to be and what the parser found. Grpc.AspNetCore keeps the parser's exception on the call's status
/// (Status.DebugException, for server-side use); the status still sits in the response's headers (a trailers-only
/// answer) or trailers when the call ends, so it can be corrected there.
/// </summary>
public sealed class UnparsableMessageStatus(RequestDelegate next)
{
    private const string GrpcStatus = "grpc-status";
    private const string GrpcMessage = "grpc-message";

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var call = context.Features.Get<IServerCallContextFeature>()?.ServerCallContext;
        if (call?.Status is not { StatusCode: StatusCode.Unknown, DebugException: InvalidProtocolBufferException parseError })
        {
            return;
        }

        var destination = context.Response.HasStarted ? context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers : context.Response.Headers;
        if (destination is null || destination.IsReadOnly || !destination.ContainsKey(GrpcStatus))
        {
            return;
        }

        var expected = RequestMessageName(context) ?? "the method's request message";
        destination[GrpcStatus] = ((int)StatusCode.InvalidArgument).ToString(System.Globalization.CultureInfo.InvariantCulture);
        destination[GrpcMessage] = GrpcMessageEncoding.Encode(
            $"The request could not be parsed as the protobuf message {expected}: {parseError.Message} Nothing was done; send a serialized {expected}.");
    }

    // The endpoint's Method<TRequest, TResponse> names the request type; generated messages carry their descriptor.
    private static string? RequestMessageName(HttpContext context)
    {
        var method = context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method;
        var requestType = method?.GetType() is { IsGenericType: true } type ? type.GetGenericArguments()[0] : null;
        var descriptor = requestType?.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as MessageDescriptor;
        return descriptor?.FullName ?? requestType?.Name;
    }
}
