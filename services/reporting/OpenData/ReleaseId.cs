namespace Assessment.Reporting.OpenData;

/// <summary>
/// The citable identity of one score run: cycle, methodology version and run number. Runs are immutable, so the
/// same id always names the same numbers; a correction is a new run and so a new id.
/// </summary>
public sealed record ReleaseId(string CycleId, string MethodologyId, string MethodologyVersion, int RunNumber)
{
    public override string ToString() => $"{CycleId}/{MethodologyId}@{MethodologyVersion}/run-{RunNumber}";
}
