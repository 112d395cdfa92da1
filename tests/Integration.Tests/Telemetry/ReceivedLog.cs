namespace Assessment.Integration.Tests.Telemetry;

/// <summary>One log record as an OTLP exporter sent it: which service, the formatted message, and the span it was written in.</summary>
public sealed record ReceivedLog(
    string Service,
    string Category,
    string Severity,
    string Message,
    string TraceId,
    string SpanId,
    IReadOnlyDictionary<string, string> Attributes);
