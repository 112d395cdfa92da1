namespace Assessment.Contracts.Events;

/// <summary>
/// Announced by scoring when a cycle is published: its run becomes public, and the pages of the methodology's other
/// cycles (trend over periods, change since the previous period) must show it.
/// </summary>
public sealed record CyclePublished(
    Guid EventId,
    string CycleId,
    string Period,
    string MethodologyId,
    string MethodologyVersion,
    int PublishedRun,
    DateTimeOffset PublishedAt);
