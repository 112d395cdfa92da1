namespace Assessment.Cli.Configuration;

/// <summary>Where the gateway is (gRPC over HTTP/2 cleartext, and plain HTTP) and the bearer token, once resolved.</summary>
internal sealed record CliSettings(Uri GatewayGrpc, Uri GatewayHttp, string? Token)
{
    public const string DefaultGatewayGrpc = "http://localhost:5081";
    public const string DefaultGatewayHttp = "http://localhost:5080";

    public string RequireToken() => Token ?? throw new ConfigurationException(
        "no token: pass --token, set ASSESS_TOKEN, or put \"token\" in the config file (an admin issues one with `assess token issue`)");
}
