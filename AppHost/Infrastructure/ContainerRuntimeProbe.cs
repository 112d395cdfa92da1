using System.Diagnostics;

namespace Assessment.AppHost.Infrastructure;

/// <summary>Finds out whether a container runtime answers, so that "auto" can pick containers or local processes.</summary>
public static class ContainerRuntimeProbe
{
    public static bool IsAvailable(TimeSpan timeout)
    {
        foreach (var runtime in new[] { "docker", "podman" })
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(runtime, "info")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                });
                if (process is null)
                {
                    continue;
                }

                if (!process.WaitForExit(timeout))
                {
                    process.Kill(entireProcessTree: true);
                    continue;
                }

                if (process.ExitCode == 0)
                {
                    return true;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed.
            }
        }

        return false;
    }
}
