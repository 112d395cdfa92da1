using System.CommandLine;

namespace Assessment.Cli.Configuration;

/// <summary>Resolves each setting from, in order: the command-line option, the environment variable, the config file, the default.</summary>
internal static class SettingsResolver
{
    public const string GatewayVariable = "ASSESS_GATEWAY";
    public const string GatewayHttpVariable = "ASSESS_GATEWAY_HTTP";
    public const string TokenVariable = "ASSESS_TOKEN";

    public static CliSettings Resolve(ParseResult parse, ConnectionOptions options, CliEnvironment environment)
    {
        var file = ConfigFile.Read(environment.ConfigFile);
        var gateway = First(parse.GetValue(options.Gateway), environment.Variable(GatewayVariable), file.Gateway) ?? CliSettings.DefaultGatewayGrpc;
        var gatewayHttp = First(parse.GetValue(options.GatewayHttp), environment.Variable(GatewayHttpVariable), file.GatewayHttp) ?? CliSettings.DefaultGatewayHttp;
        var token = First(parse.GetValue(options.Token), environment.Variable(TokenVariable), file.Token);
        return new CliSettings(Address(gateway, "--gateway"), Address(gatewayHttp, "--gateway-http"), token);
    }

    private static string? First(params string?[] candidates) => candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();

    private static Uri Address(string text, string option) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ConfigurationException($"{option}: '{text}' is not an http:// or https:// address");
}
