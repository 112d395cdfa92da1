namespace Assessment.Integration.Tests.Replicas;

/// <summary>
/// One running replica of a service: its process, its replica id (service.instance.id) and its own HTTP address.
/// Found in /proc: a service of this system is the process whose OTLP endpoint is this system's trace receiver.
/// </summary>
public sealed record ServiceReplica(int ProcessId, string Service, string Instance, Uri Http)
{
    public static IReadOnlyList<ServiceReplica> Find(string otlpEndpoint, string service)
    {
        var replicas = new List<ServiceReplica>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || Read(pid) is not { } env)
            {
                continue;
            }

            // The service itself, not the `dotnet run` that launched it (which carries the same environment).
            var command = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
            if (command.Length > 1 && command[1] == "run")
            {
                continue;
            }

            if (env.GetValueOrDefault("OTEL_EXPORTER_OTLP_ENDPOINT") == otlpEndpoint && env.GetValueOrDefault("OTEL_SERVICE_NAME") == service
                && env.TryGetValue("Kestrel__Endpoints__http__Url", out var url))
            {
                var instance = env.GetValueOrDefault("OTEL_RESOURCE_ATTRIBUTES", string.Empty).Replace("service.instance.id=", string.Empty, StringComparison.Ordinal);
                replicas.Add(new ServiceReplica(pid, service, instance, new Uri(url)));
            }
        }

        return replicas;
    }

    private static Dictionary<string, string>? Read(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries)
                .Select(e => e.Split('=', 2))
                .Where(p => p.Length == 2)
                .GroupBy(p => p[0])
                .ToDictionary(g => g.Key, g => g.First()[1]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // gone, or not ours
        }
    }
}
