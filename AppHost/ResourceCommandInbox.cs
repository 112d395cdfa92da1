using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assessment.AppHost;

/// <summary>
/// Lets a script run the dashboard's resource commands (stop, start, restart) on a headless AppHost: a file named
/// "{resource}.{command}" (e.g. "scoring.resource-start") dropped into Operations:CommandDirectory is executed and
/// answered with "{name}.done" holding "ok" or the error. Off unless the setting is given; the soak benchmark uses it
/// to bring back a service it killed.
/// </summary>
public sealed class ResourceCommandInbox(IConfiguration configuration, ResourceCommandService commands, ILogger<ResourceCommandInbox> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = configuration["Operations:CommandDirectory"];
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var request in Directory.GetFiles(folder).Where(f => !f.EndsWith(".done", StringComparison.Ordinal)))
            {
                var name = Path.GetFileName(request);
                var dot = name.IndexOf('.', StringComparison.Ordinal);
                File.Delete(request);
                string answer;
                if (dot <= 0)
                {
                    answer = "a command file is named {resource}.{command}";
                }
                else
                {
                    var result = await commands.ExecuteCommandAsync(name[..dot], name[(dot + 1)..], stoppingToken);
                    answer = result.Success ? "ok" : result.Message ?? "failed";
                }

                logger.LogInformation("Command {Command}: {Answer}", name, answer);
                await File.WriteAllTextAsync(request + ".done", answer, stoppingToken);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
