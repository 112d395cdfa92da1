using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assessment.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL from the Debian package as a local process. It refuses to run as root, so the data folder belongs
/// to the postgres user and the server is started through setpriv (which replaces itself, so signals reach it).
/// </summary>
public static class LocalPostgres
{
    public static IResourceBuilder<LocalServerResource> Add(IDistributedApplicationBuilder builder, string dataDirectory, bool fastUnsafeStorage)
    {
        var binDirectory = FindBinDirectory();
        var dataFolder = Path.Combine(dataDirectory, "postgres");
        InitialiseIfNew(binDirectory, dataFolder);

        var port = FreePort.Next();
        var adminConnection = $"Host=127.0.0.1;Port={port};Username=postgres;Timeout=5";
        var args = new List<string>
        {
            "--reuid=postgres", "--regid=postgres", "--init-groups", "--",
            Path.Combine(binDirectory, "postgres"), "-D", dataFolder, "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-k", "/tmp", "-c", "max_connections=300", "-c", "shared_buffers=256MB",
            // The write path of feeds: after every checkpoint the first change to each page writes the whole page to
            // the WAL, and a feed's values land on pages all over the observation indexes, so with the defaults (a
            // checkpoint every 5 minutes or 1 GB) a 1,000-value store cost several times its steady cost. Rarer
            // checkpoints and compressed page images keep every commit durable; only crash recovery takes longer.
            "-c", "checkpoint_timeout=30min", "-c", "max_wal_size=8GB", "-c", "wal_compression=lz4", "-c", "wal_buffers=32MB",
        };
        if (fastUnsafeStorage)
        {
            // Throw-away test servers only: a crash may lose the last commits, which tests do not need.
            args.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        var healthKey = "postgres-accepts-queries";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthKey, async ct =>
            await ServerProbes.PostgresAcceptsQueriesAsync(adminConnection, ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("PostgreSQL does not answer yet"));

        return builder.AddResource(new LocalServerResource("postgres", "setpriv", dataDirectory, adminConnection))
            .WithArgs(args.ToArray())
            .WithEndpoint(name: "tcp", scheme: "tcp", port: port, targetPort: port, isProxied: false)
            .WithHealthCheck(healthKey);
    }

    private static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var versions = Directory.Exists(root) ? Directory.GetDirectories(root) : [];
        var newest = versions
            .Select(path => (path, version: int.TryParse(Path.GetFileName(path), out var v) ? v : 0))
            .Where(x => File.Exists(Path.Combine(x.path, "bin", "postgres")))
            .OrderByDescending(x => x.version)
            .FirstOrDefault();
        return newest.path is null
            ? throw new InvalidOperationException("PostgreSQL is not installed: run `apt-get install -y postgresql` (the README's first command does it).")
            : Path.Combine(newest.path, "bin");
    }

    private static void InitialiseIfNew(string binDirectory, string dataFolder)
    {
        if (File.Exists(Path.Combine(dataFolder, "PG_VERSION")))
        {
            return;
        }

        Directory.CreateDirectory(dataFolder);
        Run("chown", "-R", "postgres:postgres", dataFolder);
        Run("chmod", "700", dataFolder);
        Run("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--",
            Path.Combine(binDirectory, "initdb"), "-D", dataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {error}{output.Result}");
        }
    }
}
