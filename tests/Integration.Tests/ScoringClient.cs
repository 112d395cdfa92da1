using Assessment.Contracts.Scoring;

namespace Assessment.Integration.Tests;

/// <summary>What the assessment centre and readers do with scoring through the gateway, in a few words per call.</summary>
public sealed class ScoringClient(RunningSystem system)
{
    public Cycles.CyclesClient Cycles { get; } = new(system.GatewayGrpc);

    public Scores.ScoresClient Scores { get; } = new(system.GatewayGrpc);

    public async Task<Cycle> OpenAsync(string cycleId, string period, string previousPeriod = "") =>
        await Cycles.OpenCycleAsync(new OpenCycleRequest { CycleId = cycleId, Period = period, PreviousPeriod = previousPeriod, MethodologyId = "kz-regions" },
            RunningSystem.WithToken(system.AdminToken()));

    public async Task<Cycle> MoveAsync(string cycleId, CycleState to, string reason = "test") =>
        await Cycles.MoveCycleAsync(new MoveCycleRequest { CycleId = cycleId, To = to, Reason = reason }, RunningSystem.WithToken(system.AdminToken()));

    public async Task<RunSummary> ComputeAsync(string cycleId) =>
        await Scores.ComputeRunAsync(new ComputeRunRequest { CycleId = cycleId }, RunningSystem.WithToken(system.AdminToken(), 120));

    public async Task<IReadOnlyList<RunSummary>> RunsAsync(string cycleId) =>
        (await Scores.ListRunsAsync(new ListRunsRequest { CycleId = cycleId }, deadline: DateTime.UtcNow.AddSeconds(30))).Runs;

    /// <summary>Scores as the holder of the token sees them; anonymous when the token is null.</summary>
    public async Task<ScoreRunResult> ScoresAsync(string? token, string cycleId, string bodyCode = "", bool lineage = false)
    {
        var request = new GetScoresRequest { CycleId = cycleId, BodyCode = bodyCode, IncludeLineage = lineage };
        return token is null
            ? await Scores.GetScoresAsync(request, deadline: DateTime.UtcNow.AddSeconds(30))
            : await Scores.GetScoresAsync(request, RunningSystem.WithToken(token));
    }
}
