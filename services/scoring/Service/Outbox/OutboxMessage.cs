namespace Assessment.Scoring.Outbox;

/// <summary>An integration event waiting in the outbox: its id, CLR type name, JSON, and the trace it belongs to.</summary>
public sealed record OutboxMessage(Guid EventId, string MessageType, string Payload, string? TraceParent);
