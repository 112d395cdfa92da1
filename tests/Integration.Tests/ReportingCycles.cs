using Assessment.Contracts.Scoring;
using Grpc.Core;

namespace Assessment.Integration.Tests;

/// <summary>
/// Brings the seeded regional cycle to PUBLISHED (whatever state an earlier test left it in) and opens throw-away
/// cycles for tests that need a draft or a new run. Every step is an admin call through the gateway.
/// </summary>
public sealed class ReportingCycles(RunningSystem system)
{
    public const string Regions = "kz-regions-2022";

    private readonly Cycles.CyclesClient _cycles = new(system.GatewayGrpc);
    private readonly Scores.ScoresClient _scores = new(system.GatewayGrpc);

    public Scores.ScoresClient Scores => _scores;

    public async Task<Cycle> EnsurePublishedAsync(string cycleId = Regions)
    {
        var admin = RunningSystem.WithToken(system.AdminToken(), 300);
        var cycle = await _cycles.GetCycleAsync(new GetCycleRequest { CycleId = cycleId }, admin);
        while (cycle.State != CycleState.Published)
        {
            if (cycle.State is CycleState.Open or CycleState.Closed
                && (await _scores.ListRunsAsync(new ListRunsRequest { CycleId = cycleId }, admin)).Runs.Count == 0)
            {
                await _scores.ComputeRunAsync(new ComputeRunRequest { CycleId = cycleId }, RunningSystem.WithToken(system.AdminToken(), 300));
            }

            var next = cycle.State switch
            {
                CycleState.Open => CycleState.Closed,
                CycleState.Closed => CycleState.Draft,
                CycleState.Draft => CycleState.Review,
                _ => CycleState.Published,
            };
            try
            {
                cycle = await _cycles.MoveCycleAsync(new MoveCycleRequest { CycleId = cycleId, To = next, Reason = "reporting tests" },
                    RunningSystem.WithToken(system.AdminToken(), 120));
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.Aborted or StatusCode.FailedPrecondition)
            {
                // Another test moved it meanwhile: read it again and carry on from where it is.
                cycle = await _cycles.GetCycleAsync(new GetCycleRequest { CycleId = cycleId }, admin);
            }
        }

        return cycle;
    }

    /// <summary>A fresh cycle over the regional data, still OPEN, with one computed run.</summary>
    public async Task<(Cycle Cycle, RunSummary Run)> OpenDraftAsync(string prefix)
    {
        var cycle = await OpenAsync(prefix);
        return (cycle, await ComputeAsync(cycle.CycleId));
    }

    /// <summary>
    /// A fresh cycle over the regional data with no run yet. Its first run is always new: scoring skips a run whose
    /// inputs equal the latest one's, so a second ComputeRun on unchanged data announces nothing.
    /// </summary>
    public async Task<Cycle> OpenAsync(string prefix)
    {
        var regions = await _cycles.GetCycleAsync(new GetCycleRequest { CycleId = Regions }, RunningSystem.WithToken(system.AdminToken()));
        var cycle = await _cycles.OpenCycleAsync(new OpenCycleRequest
        {
            CycleId = $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)],
            Period = regions.Period,
            PreviousPeriod = regions.PreviousPeriod,
            MethodologyId = regions.MethodologyId,
            MethodologyVersion = regions.MethodologyVersion,
        }, RunningSystem.WithToken(system.AdminToken()));
        return cycle;
    }

    /// <summary>A fresh cycle over the regional data with one run, moved OPEN -> CLOSED -> DRAFT -> REVIEW.</summary>
    public async Task<(Cycle Cycle, RunSummary Run)> OpenInReviewAsync(string prefix)
    {
        var (cycle, run) = await OpenDraftAsync(prefix);
        foreach (var to in new[] { CycleState.Closed, CycleState.Draft, CycleState.Review })
        {
            cycle = await MoveAsync(cycle.CycleId, to);
        }

        return (cycle, run);
    }

    public async Task<Cycle> MoveAsync(string cycleId, CycleState to) =>
        await _cycles.MoveCycleAsync(new MoveCycleRequest { CycleId = cycleId, To = to, Reason = "reporting tests" }, RunningSystem.WithToken(system.AdminToken(), 120));

    public Task<RunSummary> ComputeAsync(string cycleId) =>
        _scores.ComputeRunAsync(new ComputeRunRequest { CycleId = cycleId }, RunningSystem.WithToken(system.AdminToken(), 300)).ResponseAsync;

    public Task<ScoreRunResult> ScoresAsync(string cycleId, int run, bool lineage = false, string? body = null) =>
        _scores.GetScoresAsync(new GetScoresRequest { CycleId = cycleId, RunNumber = run, IncludeLineage = lineage, BodyCode = body ?? string.Empty },
            RunningSystem.WithToken(system.AdminToken(), 120)).ResponseAsync;
}
