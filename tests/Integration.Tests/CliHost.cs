using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace Assessment.Integration.Tests;

/// <summary>
/// Runs the `assess` CLI in this process: builds tools/assess (same configuration as the tests) once, loads its
/// assembly in a load context of its own (its dependencies from its own folder, so this project needs no reference to
/// it) and calls Assessment.Cli.AssessEntryPoint.RunAsync with the arguments, writers and environment given.
/// </summary>
public static class CliHost
{
    private static readonly Lazy<Task<MethodInfo>> EntryPoint = new(LoadAsync);

    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, string[] args,
        TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var entry = await EntryPoint.Value;
        var output = new StringWriter();
        error ??= new StringWriter();
        var exit = await (Task<int>)entry.Invoke(null, [args, output, error, environment, cancellationToken])!;
        return new CliRun(exit, output.ToString(), error.ToString() ?? string.Empty);
    }

    private static async Task<MethodInfo> LoadAsync()
    {
        var root = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var project = Path.Combine(root, "tools", "assess");
        using (var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", configuration, "-nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!)
        {
            var log = build.StandardOutput.ReadToEndAsync();
            await build.WaitForExitAsync();
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet build tools/assess failed:\n{await log}");
            }
        }

        var assembly = new CliLoadContext(Path.Combine(project, "bin", configuration, "net10.0", "assess.dll")).LoadMain();
        return assembly.GetType("Assessment.Cli.AssessEntryPoint", throwOnError: true)!.GetMethod("RunAsync")!;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assessment.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Assessment.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The CLI's assemblies resolved from its deps.json; the shared framework comes from the default context.</summary>
    private sealed class CliLoadContext(string mainAssembly) : AssemblyLoadContext("assess-cli")
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        public Assembly LoadMain() => LoadFromAssemblyPath(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
