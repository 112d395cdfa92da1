using System.Globalization;
using Assessment.Bench.Engine;
using Assessment.Scoring.Engine.Scoring;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// generate DIR        writes data.csv, methodology.yaml, weights.json (seeded)
// scores DIR          writes engine_scores.csv (body, unrounded score, rank) for the numpy cross-check
// bench DIR           runs BenchmarkDotNet and prints engine_ms / montecarlo_1000_ms lines
switch (args.FirstOrDefault())
{
    case "generate":
        SyntheticData.Write(args[1], seed: 20250101);
        return 0;
    case "scores":
    {
        var (methodology, data) = BenchmarkInputs.Load(args[1]);
        var run = new ScoringEngine(methodology).Score(data, ScoreOptions.ScoresOnly);
        using var writer = new StreamWriter(Path.Combine(args[1], "engine_scores.csv"));
        writer.WriteLine("body,score,rank");
        foreach (var body in run.Bodies)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{body.Body},{body.Overall.Unrounded:R},{body.Rank}"));
        }
        return 0;
    }
    case "bench":
    {
        Environment.SetEnvironmentVariable(BenchmarkInputs.DirectoryVariable, args[1]);
        // A short run (1 launch, 3 warm-ups, 10 iterations) in process: minutes, not tens of minutes.
        var job = Job.ShortRun.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.Create(DefaultConfig.Instance).AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<EngineBenchmarks>(config);
        double Median(string method) =>
            summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.Median / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine_with_lineage_ms: {Median(nameof(EngineBenchmarks.ScoreWithLineage)):F4}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"montecarlo_1000_with_sensitivity_ms: {Median(nameof(EngineBenchmarks.MonteCarlo1000WithSensitivity)):F2}"));
        File.WriteAllText(Path.Combine(args[1], "engine_times.txt"), string.Create(CultureInfo.InvariantCulture,
            $"{Median(nameof(EngineBenchmarks.Score)):R} {Median(nameof(EngineBenchmarks.MonteCarlo1000)):R}"));
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: generate DIR | scores DIR | bench DIR");
        return 2;
}
