using Assessment.Contracts.Scoring;

namespace Assessment.Scoring.Cycles;

/// <summary>A stored cycle with its history of moves, oldest first.</summary>
public sealed record CycleRecord(
    string CycleId,
    string Period,
    string PreviousPeriod,
    string MethodologyId,
    string MethodologyVersion,
    CycleState State,
    IReadOnlyList<string> BodyCodes,
    int? PublishedRun,
    IReadOnlyList<CycleTransitionRecord> History)
{
    /// <summary>The periods a run reads: the cycle's own and, when set, the previous one.</summary>
    public IReadOnlyList<string> Periods => PreviousPeriod.Length == 0 ? [Period] : [Period, PreviousPeriod];
}
