using Assessment.Scoring.Cycles;
using Assessment.ServiceDefaults.Outbox;
using Assessment.Scoring.Runs;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Assessment.Scoring.Triggers;

/// <summary>
/// Turns waiting cycles into runs: wakes every poll interval (or sooner when a cycle is about to be due, or a feed has
/// just marked one), and for
/// each due cycle computes ONE run covering every feed so far, deleting the waiting row in the run's transaction
/// only if no feed marked it meanwhile. Replicas share the work: a cycle whose run lock one replica holds is skipped
/// by the others. A feed that arrives while the run is computed keeps the row, so it is never lost.
/// </summary>
public sealed class RecomputeCoalescer(
    NpgsqlDataSource dataSource,
    PendingRecomputeStore pending,
    CycleStore cycles,
    RunComputer runs,
    RecomputePolicy policy,
    OutboxSignal outbox,
    RecomputeSignal marked,
    IOptions<RecomputeOptions> options,
    TimeProvider time,
    ILogger<RecomputeCoalescer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                var waiting = await pending.ListAsync(stoppingToken);
                foreach (var cycle in waiting.Where(policy.IsDue).Take(options.Value.MaxCyclesPerPass))
                {
                    await RecomputeAsync(cycle.CycleId, stoppingToken);
                }

                wait = policy.WaitBeforeNext(await pending.ListAsync(stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Recomputation pass failed; trying again in {Wait}", wait);
            }

            // Never spin: at least a short pause between passes. A feed marking a cycle ends the wait early: the new
            // mark's quiet spell (or the cycle's maximum delay) decides the next wait.
            var pause = TimeSpan.FromMilliseconds(50);
            await Task.Delay(pause, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (wait > pause)
            {
                await ((Task)marked.WaitAsync(wait - pause, stoppingToken)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task RecomputeAsync(string cycleId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Replicas share the work through the cycle's run lock, taken without waiting: a cycle another replica is
        // computing is left to it. The waiting row itself is not locked, so feeds arriving during the run are recorded
        // at once instead of queueing behind it.
        if (!await RunStore.TryLockCycleAsync(connection, transaction, cycleId, cancellationToken))
        {
            return;
        }

        // Read before the cycle's data: every feed counted here is already stored in indicators when the run reads it.
        var readAt = time.GetUtcNow();
        var claimed = await PendingRecomputeStore.FindAsync(connection, transaction, cycleId, cancellationToken);
        if (claimed is null || !policy.IsDue(claimed))
        {
            return;
        }

        using var activity = RecomputeTraces.StartRun(claimed, await RecomputeTraces.ReadAsync(connection, transaction, cycleId, cancellationToken));

        var cycle = await cycles.FindAsync(cycleId, cancellationToken);
        var created = false;
        if (cycle is not null && CycleStateMachine.RecomputesAutomatically(cycle.State))
        {
            try
            {
                var outcome = await runs.ComputeAsync(connection, transaction, cycle, $"feeds:{claimed.Submissions}", 0, cancellationToken);
                created = outcome.Created;
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.FailedPrecondition)
            {
                // The cycle cannot be scored as it stands (e.g. no body in scope): retrying every second would not help.
                logger.LogWarning("Cycle {CycleId} not recomputed: {Reason}", cycleId, e.Status.Detail);
            }
        }

        await PendingRecomputeStore.DeleteCoveredAsync(connection, transaction, claimed, readAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (created)
        {
            outbox.Notify();
        }
    }
}
