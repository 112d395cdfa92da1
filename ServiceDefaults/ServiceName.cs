using Microsoft.Extensions.Hosting;

namespace Assessment.ServiceDefaults;

/// <summary>A service's short name, from its application name: "Assessment.Scoring" is "scoring".</summary>
public static class ServiceName
{
    public static string Of(IHostEnvironment environment) =>
        environment.ApplicationName.ToLowerInvariant().Replace("assessment.", string.Empty, StringComparison.Ordinal);
}
