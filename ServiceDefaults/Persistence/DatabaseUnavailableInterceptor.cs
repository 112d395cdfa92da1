using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;

namespace Assessment.ServiceDefaults.Persistence;

/// <summary>Answers gRPC calls (and their JSON transcodings) that hit an absent database with Unavailable and a Retry-After header.</summary>
public sealed class DatabaseUnavailableInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (DatabaseUnavailable.Is(e))
        {
            throw Unavailable(context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception e) when (DatabaseUnavailable.Is(e))
        {
            throw Unavailable(context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (DatabaseUnavailable.Is(e))
        {
            throw Unavailable(context);
        }
    }

    private static RpcException Unavailable(ServerCallContext context)
    {
        var seconds = ((int)DatabaseUnavailable.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var http = context.GetHttpContext();
        if (!http.Response.HasStarted)
        {
            // A response header: gRPC clients see it as metadata, transcoded JSON callers as HTTP Retry-After.
            http.Response.Headers.RetryAfter = seconds;
        }

        return new RpcException(new Status(StatusCode.Unavailable, DatabaseUnavailable.Message));
    }
}
