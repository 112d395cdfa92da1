using System.Diagnostics.Metrics;
using Assessment.ServiceDefaults.Telemetry;

namespace Assessment.Scoring.Runs;

/// <summary>How long score runs take, per cycle: what an operator watches when a national push lands.</summary>
public sealed class RunMetrics
{
    private readonly Histogram<double> _duration;

    public RunMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(AssessmentTelemetry.MeterName);
        _duration = meter.CreateHistogram<double>("assessment.score_run.duration", "ms", "Time to read, score and store one run");
    }

    public void Record(string cycleId, double milliseconds) =>
        _duration.Record(milliseconds, new KeyValuePair<string, object?>("cycle", cycleId));
}
