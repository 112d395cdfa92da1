using System.Diagnostics;
using Assessment.Contracts.Events;
using Assessment.Scoring.Cycles;
using Assessment.Scoring.Engine.Scoring;
using Assessment.Scoring.Engine.Uncertainty;
using Assessment.Scoring.Methodologies;
using Assessment.ServiceDefaults.Outbox;
using Assessment.ServiceDefaults.Telemetry;
using Npgsql;

namespace Assessment.Scoring.Runs;

/// <summary>
/// Computes and stores one run of a cycle: reads its data from indicators, hashes the inputs, scores (and, when
/// asked or declared, runs the Monte Carlo with a seed derived from the cycle and run number), and writes the run,
/// its results and its ScoresComputed event in one transaction. Runs of one cycle are serialised by a lock held
/// to the end of that transaction, so numbers are gap-free; if nothing changed since the latest run, no run is stored.
/// </summary>
public sealed class RunComputer(
    NpgsqlDataSource dataSource,
    CompiledMethodologies methodologies,
    CycleDatasetSource datasets,
    RunMetrics metrics,
    OutboxSignal outbox,
    TimeProvider time,
    ILogger<RunComputer> logger)
{
    public async Task<RunOutcome> ComputeAsync(CycleRecord cycle, string trigger, int requestedSamples, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var outcome = await ComputeAsync(connection, transaction, cycle, trigger, requestedSamples, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (outcome.Created)
        {
            outbox.Notify();
        }

        return outcome;
    }

    /// <summary>Computes inside the caller's transaction (the coalescer deletes its trigger in it); the caller commits.</summary>
    public async Task<RunOutcome> ComputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CycleRecord cycle, string trigger,
        int requestedSamples, CancellationToken cancellationToken)
    {
        using var activity = AssessmentTelemetry.ActivitySource.StartActivity("scoring.compute_run");
        activity?.SetTag(SpanAttributes.Cycle, cycle.CycleId);
        activity?.SetTag("assessment.trigger", trigger);
        var started = Stopwatch.GetTimestamp();

        await RunStore.LockCycleAsync(connection, transaction, cycle.CycleId, cancellationToken);
        var latest = await RunStore.LatestAsync(connection, transaction, cycle.CycleId, cancellationToken);
        var version = await methodologies.GetAsync(cycle.MethodologyId, cycle.MethodologyVersion, cancellationToken);
        var methodology = version.Methodology;
        var data = await datasets.ReadAsync(cycle, methodology, cancellationToken);
        var hash = InputHash.Compute(version.Yaml, data.Dataset.Bodies, data.Used);
        activity?.SetTag("assessment.body_count", data.Dataset.Bodies.Length);
        activity?.SetTag(SpanAttributes.Observations, data.Used.Count);
        if (latest is not null && latest.InputHash == hash)
        {
            activity?.SetTag(SpanAttributes.Run, latest.RunNumber);
            activity?.SetTag("assessment.unchanged", true);
            return new RunOutcome(latest, false);
        }

        var number = (latest?.RunNumber ?? 0) + 1;
        activity?.SetTag(SpanAttributes.Run, number);
        var seed = RunSeed.For(cycle.CycleId, number);
        var samples = UncertaintySamples.For(methodology.Source.Uncertainty, requestedSamples);
        var scores = new ScoringEngine(methodology).Score(data.Dataset, ScoreOptions.Full);
        var uncertainty = samples > 0
            ? new UncertaintyAnalysis(methodology).Run(data.Dataset, new UncertaintyOptions(samples, seed), cancellationToken: cancellationToken)
            : null;
        var results = RunResultBuilder.Build(scores, uncertainty, data.Sources);

        var run = new StoredRun(cycle.CycleId, number, methodology.Source.Id, methodology.Source.Version, hash, trigger, time.GetUtcNow(),
            results.Count, data.Used.Count, scores.NodeCodes, samples, seed);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await RunStore.InsertAsync(connection, transaction, run, elapsed, results, cancellationToken);
        var announcement = new ScoresComputed(Guid.NewGuid(), run.CycleId, run.RunNumber, run.MethodologyId, run.MethodologyVersion,
            [.. results.Select(r => r.BodyCode)], run.ComputedAt);
        await OutboxWriter.WriteAsync(connection, transaction, announcement.EventId, announcement, cancellationToken);

        metrics.Record(cycle.CycleId, elapsed);
        logger.LogInformation("Cycle {CycleId} run {RunNumber}: {Bodies} bodies, {Observations} observations, {Samples} samples, {Elapsed:F0} ms ({Trigger})",
            cycle.CycleId, number, results.Count, data.Used.Count, samples, elapsed, trigger);
        return new RunOutcome(run, true);
    }
}
