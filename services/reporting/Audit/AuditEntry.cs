using System.Text.Json;

namespace Assessment.Reporting.Audit;

/// <summary>One reporting write as the audit log keeps it: who did what to which thing, when, and its details.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Subject, JsonElement Details);
