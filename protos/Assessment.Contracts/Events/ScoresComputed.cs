namespace Assessment.Contracts.Events;

/// <summary>Announced by scoring once a score run is stored.</summary>
public sealed record ScoresComputed(
    Guid EventId,
    string CycleId,
    int RunNumber,
    string MethodologyId,
    string MethodologyVersion,
    IReadOnlyList<string> BodyCodes,
    DateTimeOffset ComputedAt);
