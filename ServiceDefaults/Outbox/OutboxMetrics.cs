using System.Diagnostics.Metrics;
using Assessment.ServiceDefaults.Telemetry;

namespace Assessment.ServiceDefaults.Outbox;

/// <summary>
/// Outbox backlog and age of its oldest event: the first thing to look at when "we pushed and nothing changed".
/// The relay refreshes the figures on each pass; the gauges report the last ones.
/// </summary>
public sealed class OutboxMetrics
{
    private long _backlog;
    private double _oldestAgeSeconds;

    public OutboxMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(AssessmentTelemetry.MeterName);
        meter.CreateObservableGauge("assessment.outbox.backlog", () => Interlocked.Read(ref _backlog), "{event}", "Events written but not yet published");
        meter.CreateObservableGauge("assessment.outbox.oldest_age", () => Volatile.Read(ref _oldestAgeSeconds), "s", "Age of the oldest unpublished event");
        Published = meter.CreateCounter<long>("assessment.outbox.published", "{event}", "Events published to the broker");
    }

    public Counter<long> Published { get; }

    public void Observe(long backlog, TimeSpan oldestAge)
    {
        Interlocked.Exchange(ref _backlog, backlog);
        Volatile.Write(ref _oldestAgeSeconds, oldestAge.TotalSeconds);
    }
}
