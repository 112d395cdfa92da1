namespace Assessment.Indicators.Outbox;

/// <summary>An integration event waiting in the outbox: its id, its CLR type name and its JSON, and the trace it belongs to.</summary>
public sealed record OutboxMessage(Guid EventId, string MessageType, string Payload, string? TraceParent);
