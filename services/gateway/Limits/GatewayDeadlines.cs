using Assessment.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Assessment.Gateway.Limits;

public static class GatewayDeadlines
{
    /// <summary>
    /// A deadline on every proxied call ("Gateway:RequestTimeout", 5 minutes by default: a 64 MiB feed fits), so a
    /// stuck service never holds a caller forever; the caller gets 504 (DeadlineExceeded over gRPC) saying so.
    /// YARP's own idle limit per cluster (HttpRequest:ActivityTimeout in appsettings.json, 100 s by default) is set to
    /// the same 5 minutes: a feed waiting its turn in indicators during a quarter-end burst sends nothing for a while,
    /// and bench/rollout saw such feeds cut at 100 s with a bare 504.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayDeadlines(this IHostApplicationBuilder builder)
    {
        var timeout = builder.Configuration.GetValue<TimeSpan?>("Gateway:RequestTimeout") ?? TimeSpan.FromMinutes(5);
        builder.Services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = timeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = context => ProblemResponse.WriteAsync(context, StatusCodes.Status504GatewayTimeout, Grpc.Core.StatusCode.DeadlineExceeded,
                "The call took too long", $"The gateway ends calls after {timeout.TotalSeconds:F0} s. Retry; a retried submission with the same id is applied once."),
        });
        return builder;
    }
}
