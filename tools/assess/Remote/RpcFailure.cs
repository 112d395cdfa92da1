using Grpc.Core;

namespace Assessment.Cli.Remote;

/// <summary>Turns a gRPC failure without a receipt into a message and an exit code.</summary>
internal static class RpcFailure
{
    public static int ExitCode(RpcException e) => e.StatusCode switch
    {
        StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown or StatusCode.Aborted => ExitCodes.Connection,
        StatusCode.Unauthenticated => ExitCodes.Usage,
        StatusCode.Cancelled => ExitCodes.Interrupted,
        _ => ExitCodes.Rejected,
    };

    public static string Describe(RpcException e, Uri gateway) => e.StatusCode switch
    {
        StatusCode.Unavailable => $"cannot reach the gateway at {gateway} ({e.Status.Detail}); check --gateway / ASSESS_GATEWAY and that the system runs",
        StatusCode.DeadlineExceeded => $"the gateway at {gateway} did not answer in time; nothing is known to be stored, run the command again",
        StatusCode.Unauthenticated => "the gateway refused the token (missing, expired or signed with another key); get a new one with `assess token issue`",
        StatusCode.PermissionDenied => $"not allowed: {e.Status.Detail}",
        _ => $"{e.StatusCode}: {e.Status.Detail}",
    };
}
