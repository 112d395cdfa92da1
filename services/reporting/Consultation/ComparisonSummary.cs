namespace Assessment.Reporting.Consultation;

/// <summary>
/// The simulated effect of a proposal attached to an answer: the cycle's data scored under the commented version (A)
/// and the candidate (B), as scoring's CompareMethodologies returned it, with the bodies whose rank moves.
/// </summary>
public sealed record ComparisonSummary(
    string CycleId,
    string MethodologyId,
    string VersionA,
    string VersionB,
    int BodiesCompared,
    int BodiesMoved,
    int LargestShift,
    IReadOnlyList<RankShift> Shifts);

public sealed record RankShift(string BodyCode, int RankA, int RankB, int Shift, double? ScoreA, double? ScoreB, string BandA, string BandB);
