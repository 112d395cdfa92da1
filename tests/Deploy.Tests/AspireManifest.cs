using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Assessment.Deploy.Tests;

/// <summary>One project of the AppHost as its Aspire manifest describes it: where its code is, its settings, its endpoints.</summary>
internal sealed record ManifestProject(string Name, string ProjectDirectory, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> Bindings);

/// <summary>
/// The AppHost's Aspire manifest, written afresh by its manifest publisher (the same command as deploy/generate), so
/// the checks follow the AppHost as it is now, not a copy that may have gone stale.
/// </summary>
internal static class AspireManifest
{
    private static readonly Lazy<IReadOnlyList<ManifestProject>> Cached = new(() => Generate());

    public static IReadOnlyList<ManifestProject> Projects => Cached.Value;

    /// <summary>The manifest written with the deployment's settings and <paramref name="settings"/> (AppHost command-line settings).</summary>
    public static IReadOnlyList<ManifestProject> Generate(params string[] settings)
    {
        var configuration = typeof(AspireManifest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var appHost = Repository.Path("AppHost", "bin", configuration, "net10.0", "Assessment.AppHost.dll");
        var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"assessment-manifest-{Guid.NewGuid():N}", "aspire-manifest.json");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Path("AppHost"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] args =
        [
            appHost, "--publisher", "manifest", "--output-path", output, "--Infrastructure:Mode=container", "--Demo:Enabled=false",
            "--Parameters:auth-signing-key=unused", .. settings,
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"The AppHost's manifest publisher failed: {stdout.Result}{stderr.Result}");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(output));
        Directory.Delete(System.IO.Path.GetDirectoryName(output)!, recursive: true);
        var projects = new List<ManifestProject>();
        foreach (var resource in document.RootElement.GetProperty("resources").EnumerateObject())
        {
            if (resource.Value.GetProperty("type").GetString() != "project.v0")
            {
                continue;
            }

            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(output)!, resource.Value.GetProperty("path").GetString()!));
            var env = resource.Value.GetProperty("env").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
            var bindings = resource.Value.GetProperty("bindings").EnumerateObject().Select(b => b.Name).ToList();
            projects.Add(new ManifestProject(resource.Name, System.IO.Path.GetDirectoryName(path)!, env, bindings));
        }

        return projects;
    }
}
