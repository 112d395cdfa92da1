namespace Assessment.Integration.Tests.Telemetry;

/// <summary>One span as an OTLP exporter sent it: which service, which source, and its place in the trace.</summary>
public sealed record ReceivedSpan(
    string Service,
    string Scope,
    string Name,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<(string TraceId, string SpanId)> Links)
{
    /// <summary>Which replica sent it (service.instance.id): replicas of one service share the service name.</summary>
    public string Instance { get; init; } = string.Empty;
}
