using System.Threading.Channels;
using Assessment.Contracts.Scoring;
using Assessment.Scoring.Cycles;
using Assessment.Scoring.Engine.Comparison;
using Assessment.Scoring.Engine.Uncertainty;
using Assessment.Scoring.Methodologies;
using Assessment.Scoring.Runs;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Assessment.Scoring.Scores;

/// <summary>
/// Score runs: the assessment centre computes them; results are read under <see cref="ScoreVisibility"/>;
/// analysts compare methodology versions and run the uncertainty analysis on a cycle's current data.
/// </summary>
public sealed class ScoresGrpcService(
    CycleStore cycles,
    RunStore runs,
    RunComputer computer,
    CompiledMethodologies methodologies,
    CycleDatasetSource datasets) : Contracts.Scoring.Scores.ScoresBase
{
    private const string Analysts = Roles.MethodologyAdmin + "," + Roles.Analyst;

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<RunSummary> ComputeRun(ComputeRunRequest request, ServerCallContext context)
    {
        if (request.UncertaintySamples is < 0 or > UncertaintySamples.Max)
        {
            throw Invalid($"uncertainty_samples is {request.UncertaintySamples}; it must be between 0 (the methodology's own setting) and {UncertaintySamples.Max}.");
        }

        var cycle = await FindCycleAsync(request.CycleId, context.CancellationToken);
        if (CycleStateMachine.RunRefusal(cycle.CycleId, cycle.State) is { } refusal)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, refusal));
        }

        var caller = CallerIdentity.From(context.GetHttpContext().User);
        var outcome = await computer.ComputeAsync(cycle, $"manual:{caller.Id}", request.UncertaintySamples, context.CancellationToken);
        return outcome.Run.ToContract();
    }

    public override async Task<ListRunsResponse> ListRuns(ListRunsRequest request, ServerCallContext context)
    {
        var cycle = await FindCycleAsync(request.CycleId, context.CancellationToken);
        var response = new ListRunsResponse();
        response.Runs.AddRange((await runs.ListAsync(cycle.CycleId, context.CancellationToken)).Select(r => r.ToContract()));
        return response;
    }

    public override async Task<ScoreRunResult> GetScores(GetScoresRequest request, ServerCallContext context)
    {
        var cycle = await FindCycleAsync(request.CycleId, context.CancellationToken);
        var run = request.RunNumber switch
        {
            < 0 => throw Invalid($"run_number is {request.RunNumber}; use 0 for the published (else latest) run, or a run's number."),
            0 when cycle.PublishedRun is { } published => await runs.FindAsync(cycle.CycleId, published, context.CancellationToken),
            0 => await runs.LatestAsync(cycle.CycleId, context.CancellationToken),
            _ => await runs.FindAsync(cycle.CycleId, request.RunNumber, context.CancellationToken),
        } ?? throw new RpcException(new Status(StatusCode.NotFound, request.RunNumber == 0
            ? $"Cycle {cycle.CycleId} has no score run yet."
            : $"Cycle {cycle.CycleId} has no run {request.RunNumber}."));

        var caller = CallerIdentity.From(context.GetHttpContext().User);
        var readable = ScoreVisibility.Readable(caller, cycle, run.RunNumber, request.BodyCode);
        var bodies = await runs.ResultsAsync(cycle.CycleId, run.RunNumber, readable, context.CancellationToken);
        if (request.BodyCode.Length > 0 && bodies.Count == 0)
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"Body {request.BodyCode} is not scored in run {run.RunNumber} of cycle {cycle.CycleId}."));
        }

        var result = new ScoreRunResult { Run = run.ToContract(), Cycle = cycle.ToContract() };
        result.NodeCodes.AddRange(run.NodeCodes);
        foreach (var body in bodies)
        {
            if (!request.IncludeLineage)
            {
                body.Indicators.Clear();
            }

            result.Bodies.Add(body);
        }

        return result;
    }

    [Authorize(Roles = Analysts)]
    public override async Task<MethodologyComparisonResult> CompareMethodologies(CompareMethodologiesRequest request, ServerCallContext context)
    {
        if (request.VersionA.Length == 0 || request.VersionB.Length == 0)
        {
            throw Invalid("Name both versions to compare (version_a and version_b).");
        }

        var cycle = await FindCycleAsync(request.CycleId, context.CancellationToken);
        var id = request.MethodologyId.Length == 0 ? cycle.MethodologyId : request.MethodologyId;
        var a = await methodologies.GetAsync(id, request.VersionA, context.CancellationToken);
        var b = await methodologies.GetAsync(id, request.VersionB, context.CancellationToken);
        var data = await datasets.ReadAsync(cycle, a.Methodology, context.CancellationToken);
        var comparison = MethodologyComparer.Compare(a.Methodology, b.Methodology, data.Dataset, Engine.Scoring.ScoreOptions.ScoresOnly);

        var result = new MethodologyComparisonResult { CycleId = cycle.CycleId, VersionA = request.VersionA, VersionB = request.VersionB };
        result.Bodies.AddRange(comparison.Bodies.Select(Shift));
        return result;
    }

    [Authorize(Roles = Analysts)]
    public override async Task RunUncertainty(UncertaintyRequest request, IServerStreamWriter<UncertaintyUpdate> responseStream, ServerCallContext context)
    {
        if (request.Samples is < 0 or > UncertaintySamples.Max)
        {
            throw Invalid($"samples is {request.Samples}; it must be between 0 (the methodology's own setting) and {UncertaintySamples.Max}.");
        }

        if (request.Seed is < 0 or > int.MaxValue)
        {
            throw Invalid($"seed is {request.Seed}; it must be between 0 (derived from the cycle and run) and {int.MaxValue}.");
        }

        var cycle = await FindCycleAsync(request.CycleId, context.CancellationToken);
        var version = await methodologies.GetAsync(cycle.MethodologyId, cycle.MethodologyVersion, context.CancellationToken);
        var methodology = version.Methodology;
        var samples = request.Samples > 0 ? request.Samples : methodology.Source.Uncertainty.DefaultSamples;
        var runNumber = request.RunNumber > 0 ? request.RunNumber : (await runs.LatestAsync(cycle.CycleId, context.CancellationToken))?.RunNumber ?? 0;
        var seed = request.Seed > 0 ? (int)request.Seed : RunSeed.For(cycle.CycleId, runNumber);
        var data = await datasets.ReadAsync(cycle, methodology, context.CancellationToken);

        var progress = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        var analysis = Task.Run(() =>
        {
            try
            {
                return new UncertaintyAnalysis(methodology).Run(data.Dataset, new UncertaintyOptions(samples, seed), new ChannelProgress(progress.Writer),
                    context.CancellationToken);
            }
            finally
            {
                progress.Writer.Complete();
            }
        }, context.CancellationToken);

        var throttle = new ProgressThrottle(samples);
        await foreach (var done in progress.Reader.ReadAllAsync(context.CancellationToken))
        {
            if (throttle.ShouldReport(done))
            {
                await responseStream.WriteAsync(new UncertaintyUpdate { SamplesDone = done }, context.CancellationToken);
            }
        }

        var outcome = await analysis;
        var result = new Contracts.Scoring.UncertaintyResult { Samples = outcome.Samples, Seed = outcome.Seed };
        result.Bodies.AddRange(outcome.Bodies.Select(Body));
        result.Sensitivity.AddRange(outcome.Sensitivity.Select(s => new Contracts.Scoring.SensitivityIndex { Assumption = s.Assumption, FirstOrder = s.FirstOrder }));
        await responseStream.WriteAsync(new UncertaintyUpdate { Result = result }, context.CancellationToken);
    }

    private static UncertaintyBody Body(BodyUncertainty body)
    {
        var result = new UncertaintyBody
        {
            BodyCode = body.Body,
            RankP05 = Rank(body.RankP05),
            RankP50 = Rank(body.RankMedian),
            RankP95 = Rank(body.RankP95),
        };
        result.BandProbabilities.AddRange(body.Bands.Select(b => new Contracts.Scoring.BandProbability { Band = b.Band, Probability = b.Probability }));
        return result;
    }

    private static int Rank(double? rank) => (int)Math.Round(rank ?? 0, MidpointRounding.AwayFromZero);

    private static BodyShift Shift(BodyComparison body)
    {
        var shift = new BodyShift
        {
            BodyCode = body.Body,
            RankA = body.RankA ?? 0,
            RankB = body.RankB ?? 0,
            BandA = body.BandA ?? string.Empty,
            BandB = body.BandB ?? string.Empty,
            RankShift = body.RankShift ?? 0,
        };
        if (body.ScoreA is { } a)
        {
            shift.ScoreA = a;
        }

        if (body.ScoreB is { } b)
        {
            shift.ScoreB = b;
        }

        return shift;
    }

    private async Task<CycleRecord> FindCycleAsync(string cycleId, CancellationToken cancellationToken) =>
        await cycles.FindAsync(cycleId, cancellationToken)
        ?? throw new RpcException(new Status(StatusCode.NotFound, $"No cycle {cycleId}."));

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
