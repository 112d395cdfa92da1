using System.Diagnostics;
using System.Diagnostics.Metrics;
using Assessment.ServiceDefaults.Telemetry;

namespace Assessment.Reporting.Caching;

/// <summary>
/// Cache lookups by outcome (hit ratio = hit / all lookups) and how long a page takes to render, on the shared
/// Assessment meter so the dashboard shows them beside the other services'.
/// </summary>
public sealed class PageMetrics
{
    private readonly Counter<long> _lookups;
    private readonly Histogram<double> _renderTime;

    public PageMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(AssessmentTelemetry.MeterName);
        _lookups = meter.CreateCounter<long>("reporting.page_cache.lookups", "{lookup}",
            "Page cache lookups by result: hit, miss, or unavailable when Redis did not answer");
        _renderTime = meter.CreateHistogram<double>("reporting.page.render_duration", "ms",
            "Time to fetch a page's data from scoring and render it");
    }

    public void Lookup(string result) => _lookups.Add(1, new KeyValuePair<string, object?>("result", result));

    public void Rendered(string page, TimeSpan elapsed) =>
        _renderTime.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("page", page));

    public static long Start() => Stopwatch.GetTimestamp();
}
