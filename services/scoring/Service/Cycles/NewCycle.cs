namespace Assessment.Scoring.Cycles;

/// <summary>What opening a cycle needs; the methodology version is resolved to a registered one before this is built.</summary>
public sealed record NewCycle(string CycleId, string Period, string PreviousPeriod, string MethodologyId, string MethodologyVersion,
    IReadOnlyList<string> BodyCodes);
