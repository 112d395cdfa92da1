using System.Diagnostics.Metrics;
using Assessment.ServiceDefaults.Telemetry;

namespace Assessment.Indicators.Feeds;

/// <summary>What the ops team watches about feeds: values accepted and rejected per body, and how long a submission takes.</summary>
public sealed class FeedMetrics
{
    /// <summary>The body label of rejected values whose body code the catalogue does not know (keeps the label set bounded).</summary>
    public const string UnknownBody = "unknown";

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _rejected;
    private readonly Histogram<double> _duration;

    public FeedMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(AssessmentTelemetry.MeterName);
        _accepted = meter.CreateCounter<long>("assessment.observations.accepted", "{observation}", "Observations stored, per body");
        _rejected = meter.CreateCounter<long>("assessment.observations.rejected", "{observation}", "Observations in rejected submissions, per body");
        _duration = meter.CreateHistogram<double>("assessment.submission.duration", "ms", "Time from receipt to answer of a submission");
    }

    public void Accepted(IEnumerable<(string Body, int Count)> perBody)
    {
        foreach (var (body, count) in perBody)
        {
            _accepted.Add(count, new KeyValuePair<string, object?>("body", body));
        }
    }

    public void Rejected(IEnumerable<(string Body, int Count)> perBody)
    {
        foreach (var (body, count) in perBody)
        {
            _rejected.Add(count, new KeyValuePair<string, object?>("body", body));
        }
    }

    public void Duration(double milliseconds, string outcome) => _duration.Record(milliseconds, new KeyValuePair<string, object?>("outcome", outcome));
}
