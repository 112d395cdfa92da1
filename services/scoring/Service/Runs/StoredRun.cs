namespace Assessment.Scoring.Runs;

/// <summary>A stored score run's summary: what was computed, from what (input hash), why (trigger) and when.</summary>
public sealed record StoredRun(
    string CycleId,
    int RunNumber,
    string MethodologyId,
    string MethodologyVersion,
    string InputHash,
    string Trigger,
    DateTimeOffset ComputedAt,
    int BodyCount,
    int ObservationCount,
    IReadOnlyList<string> NodeCodes,
    int UncertaintySamples,
    int UncertaintySeed);
