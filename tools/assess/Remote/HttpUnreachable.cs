namespace Assessment.Cli.Remote;

/// <summary>The gateway's HTTP endpoint could not be reached at all (exit code 3): nothing was sent, re-run.</summary>
internal sealed class HttpUnreachable(Uri address, string reason)
    : Exception($"cannot reach the gateway at {address} ({reason}); check --gateway-http / ASSESS_GATEWAY_HTTP and that the system runs");
