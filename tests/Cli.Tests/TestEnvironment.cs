using Assessment.Cli.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Assessment.Cli.Tests;

/// <summary>A CLI environment with the given variables, a config file path that does not exist unless given, and a fake clock.</summary>
internal static class TestEnvironment
{
    public static CliEnvironment With(IReadOnlyDictionary<string, string>? variables = null, string? configFile = null, FakeTimeProvider? time = null) =>
        new(name => variables?.GetValueOrDefault(name), configFile ?? Path.Combine(Path.GetTempPath(), "assess-no-config-" + Guid.NewGuid().ToString("N"), "config.json"),
            false, time ?? new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero)));

    public static async Task<(int Exit, string Output, string Error)> RunAsync(CliEnvironment environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await AssessApp.RunAsync(args, output, error, environment, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
