using System.Diagnostics;

namespace Assessment.ServiceDefaults.Telemetry;

/// <summary>The activity source and meters every service writes its own spans and measurements to.</summary>
public static class AssessmentTelemetry
{
    public const string ActivitySourceName = "Assessment";

    /// <summary>The services' own meter (feeds, outbox, runs, pages).</summary>
    public const string MeterName = "Assessment";

    /// <summary>Every other meter of ours is named Assessment.Something; telemetry listens to all of them.</summary>
    public const string MeterNamePattern = "Assessment.*";

    /// <summary>Consumer lag, per consumer and message type.</summary>
    public const string MessagingMeterName = "Assessment.Messaging";

    /// <summary>gRPC server calls (grpc-dotnet publishes no meter of its own).</summary>
    public const string GrpcMeterName = "Assessment.Grpc";

    // An ActivitySource is thread-safe and meant to live for the process; this is not mutable state.
    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);
}
