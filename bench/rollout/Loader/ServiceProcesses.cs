using System.Globalization;

namespace Assessment.Bench.Rollout;

/// <summary>One service process of the system under test, with its peak resident memory and CPU time so far.</summary>
internal sealed class ServiceProcess(int pid, string service)
{
    private readonly double _cpuAtStart = CpuSeconds(pid) ?? 0;

    public int Pid { get; } = pid;

    public string Service { get; } = service;

    public double PeakRssMb { get; private set; }

    public double CpuSeconds() => (CpuSeconds(Pid) ?? _cpuAtStart) - _cpuAtStart;

    public void Sample()
    {
        // VmRSS in /proc/<pid>/status, in kB; the process may be gone (a stopped replica).
        try
        {
            var line = File.ReadLines($"/proc/{Pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kb = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                PeakRssMb = Math.Max(PeakRssMb, kb / 1024);
            }
        }
        catch (IOException)
        {
        }
    }

    private static double? CpuSeconds(int pid)
    {
        try
        {
            // Fields 14 and 15 of /proc/<pid>/stat (after the command in parentheses): user and system time in ticks.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>
/// Finds the service processes of the system under test in /proc: those given this run's signing key
/// (Auth__SigningKey) by the AppHost, named by OTEL_SERVICE_NAME; not the `dotnet run` wrappers that started them.
/// </summary>
internal static class ServiceProcesses
{
    public static IReadOnlyList<ServiceProcess> Find(string signingKey)
    {
        var found = new List<ServiceProcess>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var command = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                if (command.Length > 1 && command[1] == "run")
                {
                    continue;
                }

                var env = File.ReadAllText(Path.Combine(dir, "environ")).Split('\0');
                if (env.Contains($"Auth__SigningKey={signingKey}") && env.FirstOrDefault(e => e.StartsWith("OTEL_SERVICE_NAME=", StringComparison.Ordinal)) is { } name)
                {
                    found.Add(new ServiceProcess(pid, name["OTEL_SERVICE_NAME=".Length..]));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // gone, or not ours
            }
        }

        return found.OrderBy(p => p.Service, StringComparer.Ordinal).ThenBy(p => p.Pid).ToList();
    }
}
