using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Assessment.ServiceDefaults.Telemetry;

/// <summary>The activity source and meter every service writes its own spans and measurements to.</summary>
public static class AssessmentTelemetry
{
    public const string ActivitySourceName = "Assessment";
    public const string MeterName = "Assessment";

    // An ActivitySource is thread-safe and meant to live for the process; this is not mutable state.
    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);
}
