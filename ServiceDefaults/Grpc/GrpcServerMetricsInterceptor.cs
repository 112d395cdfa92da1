using System.Diagnostics;
using System.Diagnostics.Metrics;
using Assessment.ServiceDefaults.Telemetry;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Assessment.ServiceDefaults.Grpc;

/// <summary>
/// Duration of every gRPC call a service answers, by service, method and status code (rpc.server.call.duration in
/// the OpenTelemetry conventions): grpc-dotnet publishes only event counters, which no exporter reads.
/// </summary>
public sealed class GrpcServerMetricsInterceptor : Interceptor
{
    private readonly Histogram<double> _duration;

    public GrpcServerMetricsInterceptor(IMeterFactory meters)
    {
        var meter = meters.Create(AssessmentTelemetry.GrpcMeterName);
        _duration = meter.CreateHistogram<double>("rpc.server.call.duration", "s", "Duration of gRPC calls answered, by method and status code");
    }

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation) =>
        MeasureAsync(context, () => continuation(request, context));

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        MeasureAsync(context, () => continuation(requestStream, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        MeasureAsync(context, async () =>
        {
            await continuation(request, responseStream, context);
            return true;
        });

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        MeasureAsync(context, async () =>
        {
            await continuation(requestStream, responseStream, context);
            return true;
        });

    private async Task<T> MeasureAsync<T>(ServerCallContext context, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var status = StatusCode.OK;
        try
        {
            return await call();
        }
        catch (RpcException e)
        {
            status = e.StatusCode;
            throw;
        }
        catch (OperationCanceledException)
        {
            status = StatusCode.Cancelled;
            throw;
        }
        catch
        {
            status = StatusCode.Unknown;
            throw;
        }
        finally
        {
            // "/package.Service/Method": service and method are separate labels.
            var method = context.Method;
            var slash = method.LastIndexOf('/');
            _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("rpc.system", "grpc"),
                new KeyValuePair<string, object?>("rpc.service", slash > 0 ? method[1..slash] : method),
                new KeyValuePair<string, object?>("rpc.method", slash > 0 ? method[(slash + 1)..] : method),
                new KeyValuePair<string, object?>("rpc.grpc.status_code", (int)status));
        }
    }
}
