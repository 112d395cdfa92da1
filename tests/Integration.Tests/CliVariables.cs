using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Assessment.Integration.Tests;

/// <summary>The environment an in-process `assess` run gets: both gateway addresses, the token (none when null), no config file.</summary>
public static class CliVariables
{
    public static Dictionary<string, string> For(RunningSystem system, string? token)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASSESS_GATEWAY"] = system.App.GetEndpoint("gateway", "grpc").ToString(),
            ["ASSESS_GATEWAY_HTTP"] = system.App.GetEndpoint("gateway", "http").ToString(),
            ["ASSESS_CONFIG"] = Path.Combine(Path.GetTempPath(), "assess-cli-tests-no-config.json"),
        };
        if (token is not null)
        {
            environment["ASSESS_TOKEN"] = token;
        }

        return environment;
    }
}
