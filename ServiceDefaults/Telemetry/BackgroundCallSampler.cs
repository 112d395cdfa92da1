using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Assessment.ServiceDefaults.Telemetry;

/// <summary>
/// Parent-based sampling that leaves out calls to a dependency made outside any operation: the outbox relay's and
/// the coalescer's polls and the health checks' database and gRPC probes would otherwise each start a trace every
/// second and bury the feeds. Work those pollers do for a feed runs under a span of the feed's trace and is kept.
/// </summary>
public sealed class BackgroundCallSampler : Sampler
{
    private static readonly SamplingResult Keep = new(SamplingDecision.RecordAndSample);
    private static readonly SamplingResult Leave = new(SamplingDecision.Drop);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var parent = samplingParameters.ParentContext;
        if (parent.TraceId != default)
        {
            return parent.TraceFlags.HasFlag(ActivityTraceFlags.Recorded) ? Keep : Leave;
        }

        return samplingParameters.Kind == ActivityKind.Client ? Leave : Keep;
    }
}
