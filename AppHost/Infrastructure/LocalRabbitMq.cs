using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assessment.AppHost.Infrastructure;

/// <summary>
/// RabbitMQ from the Debian package as a local process. The server script is run directly (the /usr/sbin wrapper
/// switches user and logs to /var/log), with every folder and port of its own so that runs do not collide.
/// </summary>
public static class LocalRabbitMq
{
    public static IResourceBuilder<LocalServerResource> Add(IDistributedApplicationBuilder builder, string dataDirectory)
    {
        const string command = "/usr/lib/rabbitmq/bin/rabbitmq-server";
        if (!File.Exists(command))
        {
            throw new InvalidOperationException("RabbitMQ is not installed: run `apt-get install -y rabbitmq-server` (the README's first command does it).");
        }

        var folder = Path.Combine(dataDirectory, "rabbitmq");
        Directory.CreateDirectory(folder);
        var port = FreePort.Next();
        var distributionPort = FreePort.Next();
        var pluginsFile = Path.Combine(folder, "enabled_plugins");
        File.WriteAllText(pluginsFile, "[].");

        var healthKey = "rabbitmq-answers-amqp";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthKey, async ct =>
            await ServerProbes.RabbitMqAnswersAmqpAsync(port, ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("RabbitMQ does not answer AMQP yet"));

        string Port(int p) => p.ToString(CultureInfo.InvariantCulture);
        return builder.AddResource(new LocalServerResource("messaging", command, folder, $"amqp://guest:guest@127.0.0.1:{Port(port)}/"))
            .WithEnvironment("HOME", folder)
            .WithEnvironment("RABBITMQ_NODENAME", $"assessment{Port(port)}@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", Port(port))
            .WithEnvironment("RABBITMQ_DIST_PORT", Port(distributionPort))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(folder, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(folder, "log"))
            .WithEnvironment("RABBITMQ_LOGS", "-")
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(folder, "rabbitmq.pid"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", pluginsFile)
            .WithEndpoint(name: "tcp", scheme: "tcp", port: port, targetPort: port, isProxied: false)
            .WithHealthCheck(healthKey);
    }
}
