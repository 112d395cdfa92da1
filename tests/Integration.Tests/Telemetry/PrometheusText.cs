using System.Globalization;

namespace Assessment.Integration.Tests.Telemetry;

/// <summary>Reads a Prometheus text exposition (a service's /metrics) the way an alert rule would.</summary>
public static class PrometheusText
{
    /// <summary>The sum of every sample of a metric whose labels include all the given label="value" pairs.</summary>
    public static double Sum(string exposition, string metric, params string[] labels) => exposition
        .Split('\n')
        .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
        .Where(line => labels.All(label => line.Contains(label, StringComparison.Ordinal)))
        .Sum(Value);

    public static bool HasMetricStartingWith(string exposition, string prefix) =>
        exposition.Split('\n').Any(line => line.StartsWith(prefix, StringComparison.Ordinal));

    // "name{labels} value [timestamp]" or "name value [timestamp]".
    private static double Value(string line)
    {
        var brace = line.LastIndexOf('}');
        var rest = brace >= 0 ? line[(brace + 1)..] : line[line.IndexOf(' ', StringComparison.Ordinal)..];
        return double.Parse(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
    }
}
