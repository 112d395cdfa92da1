using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Assessment.Integration.Tests.Faults;

/// <summary>
/// A whole system of its own for tests that stop, kill and restart servers and services (and for the bad-input corpus
/// and the fuzz test), so that the shared collection never sees a fault. Same start-up as <see cref="RunningSystem"/>,
/// plus the means to break things.
/// </summary>
public sealed class FaultSystem : RunningSystem
{
    private static readonly TimeSpan StateTimeout = TimeSpan.FromMinutes(2);

    // A second whole system on a shared, busy machine: give it room to start.
    protected override TimeSpan StartTimeout => TimeSpan.FromMinutes(10);

    /// <summary>Stops a resource through Aspire (as the dashboard's stop button does) and waits until it is down.</summary>
    public async Task StopAsync(string resource)
    {
        await ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand);
        await WaitUntilDownAsync(resource);
    }

    /// <summary>Starts a stopped (or killed) resource again and waits until it reports healthy.</summary>
    public async Task StartAsync(string resource)
    {
        await ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);
        using var timeout = new CancellationTokenSource(StateTimeout);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
    }

    /// <summary>Kills a resource's process with SIGKILL: no shutdown hook runs, as in a crash or an OOM kill.</summary>
    public async Task KillAsync(string resource)
    {
        using var process = Process.GetProcessById(ProcessId(resource));
        process.Kill(entireProcessTree: true);
        await WaitUntilDownAsync(resource);
    }

    /// <summary>
    /// Stops PostgreSQL the way an operator restarting it does (fast shutdown: SIGINT to the postmaster, which ends
    /// every session and checkpoints), and waits until it is down. Aspire's stop would wait on the idle pools.
    /// </summary>
    public async Task StopPostgresAsync()
    {
        var pidFile = Path.Combine(DataDirectory, "postgres", "postmaster.pid");
        var pid = int.Parse(File.ReadLines(pidFile).First(), System.Globalization.CultureInfo.InvariantCulture);
        await RunAsync("kill", "-INT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await WaitUntilDownAsync("postgres");
    }

    /// <summary>Runs rabbitmqctl against this system's broker node; returns its standard output.</summary>
    public async Task<string> RabbitMqCtlAsync(params string[] arguments)
    {
        var broker = new Uri(await App.GetConnectionStringAsync("messaging") ?? throw new InvalidOperationException("No messaging connection string."));
        var folder = Path.Combine(DataDirectory, "rabbitmq");
        var start = new ProcessStartInfo("/usr/lib/rabbitmq/bin/rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add($"assessment{broker.Port}@localhost");
        start.ArgumentList.Add("-q");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The Erlang cookie lives in the node's HOME, which the AppHost set to the broker's folder.
        start.Environment["HOME"] = folder;
        return await RunAsync(start);
    }

    /// <summary>A direct connection to one service's database (for counts the public API does not give).</summary>
    public async Task<NpgsqlDataSource> DatabaseAsync(string resource) =>
        NpgsqlDataSource.Create(await App.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"No connection string for {resource}."));

    private int ProcessId(string resource)
    {
        if (!App.ResourceNotifications.TryGetCurrentState(resource, out var state))
        {
            throw new InvalidOperationException($"No state for {resource}.");
        }

        var pid = state.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value;
        return pid switch
        {
            int value => value,
            long value => (int)value,
            string text when int.TryParse(text, out var value) => value,
            _ => throw new InvalidOperationException($"{resource} reports no process id ({pid})."),
        };
    }

    private async Task WaitUntilDownAsync(string resource)
    {
        using var timeout = new CancellationTokenSource(StateTimeout);
        await App.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text is "Exited" or "Finished" or "Stopped" or "FailedToStart", timeout.Token);
    }

    private static Task<string> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return RunAsync(start);
    }

    private static async Task<string> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }
}

[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultSystem>
{
    public const string Name = "faults";
}
