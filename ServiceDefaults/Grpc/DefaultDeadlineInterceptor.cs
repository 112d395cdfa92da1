using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Assessment.ServiceDefaults.Grpc;

/// <summary>Gives every outgoing unary call a deadline when the caller set none, so no call waits forever.</summary>
public sealed class DefaultDeadlineInterceptor(TimeSpan unaryDeadline, TimeSpan streamingDeadline) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithDeadline(context, unaryDeadline));

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithDeadline(context, streamingDeadline));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithDeadline(context, streamingDeadline));

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncDuplexStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithDeadline(context, streamingDeadline));

    private static ClientInterceptorContext<TRequest, TResponse> WithDeadline<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, TimeSpan deadline)
        where TRequest : class where TResponse : class
    {
        if (context.Options.Deadline is not null)
        {
            return context;
        }

        var options = context.Options.WithDeadline(DateTime.UtcNow.Add(deadline));
        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, options);
    }
}
