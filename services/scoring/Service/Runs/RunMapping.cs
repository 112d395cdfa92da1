using Assessment.Contracts.Scoring;
using Google.Protobuf.WellKnownTypes;

namespace Assessment.Scoring.Runs;

public static class RunMapping
{
    public static RunSummary ToContract(this StoredRun run) => new()
    {
        CycleId = run.CycleId,
        RunNumber = run.RunNumber,
        MethodologyId = run.MethodologyId,
        MethodologyVersion = run.MethodologyVersion,
        ComputedAt = Timestamp.FromDateTimeOffset(run.ComputedAt),
        BodyCount = run.BodyCount,
        Trigger = run.Trigger,
        InputHash = run.InputHash,
        ObservationCount = run.ObservationCount,
    };
}
