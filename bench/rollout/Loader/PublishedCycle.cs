using Assessment.Contracts.Scoring;
using Grpc.Core;

namespace Assessment.Bench.Rollout;

/// <summary>
/// The public national page that citizens read during the rollout: the regional demo cycle, scored and moved to
/// PUBLISHED by the assessment centre (admin calls, as scripts/up.sh does), so anonymous readers get its results.
/// </summary>
internal static class PublishedCycle
{
    public const string CycleId = "kz-regions-2022";

    public static async Task EnsureAsync(Cycles.CyclesClient cycles, Scores.ScoresClient scores, Func<CallOptions> admin)
    {
        var cycle = await cycles.GetCycleAsync(new GetCycleRequest { CycleId = CycleId }, admin());
        if (cycle.State is CycleState.Open or CycleState.Closed && (await scores.ListRunsAsync(new ListRunsRequest { CycleId = CycleId }, admin())).Runs.Count == 0)
        {
            await scores.ComputeRunAsync(new ComputeRunRequest { CycleId = CycleId }, admin());
        }

        while (cycle.State != CycleState.Published)
        {
            var next = cycle.State switch
            {
                CycleState.Open => CycleState.Closed,
                CycleState.Closed => CycleState.Draft,
                CycleState.Draft => CycleState.Review,
                _ => CycleState.Published,
            };
            cycle = await cycles.MoveCycleAsync(new MoveCycleRequest { CycleId = CycleId, To = next, Reason = "bench/rollout: the public page readers load" }, admin());
        }
    }
}
