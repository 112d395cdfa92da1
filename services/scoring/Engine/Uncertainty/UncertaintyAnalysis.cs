using System.Collections.Immutable;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Data;
using Assessment.Scoring.Engine.Methodology;
using Assessment.Scoring.Engine.Ranking;
using Assessment.Scoring.Engine.Scoring;

namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>
/// Monte Carlo over the methodology's declared alternatives. Everything that does not depend on the sample
/// (treatment and every normalisation variant) is computed once; each sample then only re-aggregates the tree
/// with its drawn weights and aggregations and ranks the result, in per-thread buffers without lineage.
/// </summary>
public sealed class UncertaintyAnalysis(CompiledMethodology methodology)
{
    public CompiledMethodology Methodology { get; } = methodology;

    public UncertaintyResult Run(Dataset data, UncertaintyOptions options, IProgress<UncertaintyProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Samples, 1);
        var m = Methodology;
        var n = data.Bodies.Length;
        var samples = options.Samples;
        var assumptions = new Assumptions(m);

        // Precomputed inputs, indexed [imputation ? 1 : 0][normalisation variant].
        var prepared = new PreparedData?[2];
        var normalised = new double[2][][];
        foreach (var imputation in assumptions.ToggleImputation ? new[] { false, true } : [true])
        {
            var slot = imputation ? 1 : 0;
            prepared[slot] = DataPreparation.Prepare(m, data, usePreviousPeriod: false, imputation);
            normalised[slot] = new double[assumptions.NormalisationVariants][];
            for (var v = 0; v < assumptions.NormalisationVariants; v++)
            {
                normalised[slot][v] = new double[m.IndicatorCount * n];
                DataPreparation.Normalise(m, prepared[slot]!.Treated, n, assumptions.NormalisationOverride(v), normalised[slot][v]);
            }
        }
        var coverage = (prepared[1] ?? prepared[0])!.Coverage;

        var ranks = new int[samples * n];
        var bandIndex = new short[samples * n];
        var factorCount = assumptions.Names.Length;
        var factors = new double[factorCount * samples];
        var bands = new BandLookup(m.Source.Bands);
        var completed = 0;
        var reportEvery = Math.Max(1, samples / 100);

        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, samples, parallel,
            () => new Worker(new ScenarioEvaluator(m, n), new double[m.EdgeCount], new AggregationMethod[m.NodeCount], new double[factorCount]),
            (sample, _, worker) =>
            {
                var random = new Random(SampleSeed.For(options.Seed, sample));
                assumptions.Draw(random, worker.Weights, worker.Aggregations, worker.Factors, out var variant, out var imputation);
                var slot = imputation ? 1 : 0;
                worker.Evaluator.Evaluate(normalised[slot][variant], coverage, worker.Weights, worker.Aggregations);
                worker.Evaluator.Ranks.AsSpan().CopyTo(ranks.AsSpan(sample * n, n));
                var published = worker.Evaluator.PublishedRoot;
                for (var b = 0; b < n; b++)
                {
                    bandIndex[sample * n + b] = (short)(double.IsNaN(published[b]) ? -1 : bands.IndexOf(published[b]));
                }
                for (var f = 0; f < factorCount; f++)
                {
                    factors[f * samples + sample] = worker.Factors[f];
                }
                var done = Interlocked.Increment(ref completed);
                if (progress is not null && (done % reportEvery == 0 || done == samples))
                {
                    progress.Report(new UncertaintyProgress(done, samples));
                }
                return worker;
            },
            _ => { });

        // Body-major ranks for the per-body summaries.
        var byBody = new int[n * samples];
        for (var s = 0; s < samples; s++)
        {
            for (var b = 0; b < n; b++)
            {
                byBody[b * samples + s] = ranks[s * n + b];
            }
        }
        var bodies = ImmutableArray.CreateBuilder<BodyUncertainty>(n);
        var sorted = new double[samples];
        var bandCounts = new int[m.Source.Bands.Length];
        for (var b = 0; b < n; b++)
        {
            var count = 0;
            foreach (var r in byBody.AsSpan(b * samples, samples))
            {
                if (r > 0)
                {
                    sorted[count++] = r;
                }
            }
            var values = sorted.AsSpan(0, count);
            values.Sort();
            Array.Clear(bandCounts);
            for (var s = 0; s < samples; s++)
            {
                var band = bandIndex[s * n + b];
                if (band >= 0)
                {
                    bandCounts[band]++;
                }
            }
            bodies.Add(new BodyUncertainty(
                data.Bodies[b].Code,
                count == 0 ? null : Percentile.Of(values, 0.05),
                count == 0 ? null : Percentile.Of(values, 0.5),
                count == 0 ? null : Percentile.Of(values, 0.95),
                [.. m.Source.Bands.Select((band, i) => new BandProbability(band.Code, (double)bandCounts[i] / samples))],
                (double)(samples - count) / samples));
        }

        var sensitivity = new SensitivityIndex[options.ComputeSensitivity ? factorCount : 0];
        if (options.ComputeSensitivity)
        {
            Parallel.For(0, factorCount, parallel, f =>
            {
                var value = FirstOrderSensitivity.Estimate(factors.AsSpan(f * samples, samples), assumptions.IsDiscrete[f], byBody, n, samples);
                sensitivity[f] = new SensitivityIndex(assumptions.Names[f], value);
            });
        }
        return new UncertaintyResult(samples, options.Seed, bodies.MoveToImmutable(), [.. sensitivity]);
    }

    private sealed record Worker(ScenarioEvaluator Evaluator, double[] Weights, AggregationMethod[] Aggregations, double[] Factors);
}
