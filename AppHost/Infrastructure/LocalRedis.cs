using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assessment.AppHost.Infrastructure;

/// <summary>Redis from the Debian package as a local process: a cache only, so nothing is persisted.</summary>
public static class LocalRedis
{
    public static IResourceBuilder<LocalServerResource> Add(IDistributedApplicationBuilder builder, string dataDirectory)
    {
        const string command = "/usr/bin/redis-server";
        if (!File.Exists(command))
        {
            throw new InvalidOperationException("Redis is not installed: run `apt-get install -y redis-server` (the README's first command does it).");
        }

        var folder = Path.Combine(dataDirectory, "redis");
        Directory.CreateDirectory(folder);
        var port = FreePort.Next();
        var configFile = Path.Combine(folder, "redis.conf");
        File.WriteAllText(configFile, $"""
            port {port}
            bind 127.0.0.1
            dir {folder}
            save ""
            appendonly no
            daemonize no
            """);

        var healthKey = "redis-answers-ping";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthKey, async ct =>
            await ServerProbes.RedisAnswersPingAsync(port, ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Redis does not answer PING yet"));

        return builder.AddResource(new LocalServerResource("cache", command, folder, $"127.0.0.1:{port},abortConnect=false"))
            .WithArgs(configFile)
            .WithEndpoint(name: "tcp", scheme: "tcp", port: port, targetPort: port, isProxied: false)
            .WithHealthCheck(healthKey);
    }
}
