using System.CommandLine;

namespace Assessment.Cli.Configuration;

/// <summary>The options every command that talks to the system accepts (on the root, recursive).</summary>
internal sealed class ConnectionOptions
{
    public Option<string?> Gateway { get; } = new("--gateway")
    {
        Description = $"Gateway gRPC address (HTTP/2 cleartext or TLS); env ASSESS_GATEWAY; default {CliSettings.DefaultGatewayGrpc}",
        Recursive = true,
    };

    public Option<string?> GatewayHttp { get; } = new("--gateway-http")
    {
        Description = $"Gateway HTTP address; env ASSESS_GATEWAY_HTTP; default {CliSettings.DefaultGatewayHttp}",
        Recursive = true,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "Bearer token (JWT); env ASSESS_TOKEN, or \"token\" in ~/.config/assess/config.json",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Gateway, GatewayHttp, Token];
}
