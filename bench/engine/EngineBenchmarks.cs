using Assessment.Scoring.Engine.Data;
using Assessment.Scoring.Engine.Scoring;
using Assessment.Scoring.Engine.Uncertainty;
using BenchmarkDotNet.Attributes;

namespace Assessment.Bench.Engine;

/// <summary>
/// One scoring run (scores, coverage, ranks, peer ranks, bands; no lineage - numpy computes none) and a
/// 1,000-sample Monte Carlo (weights ±20%; rank percentiles and band probabilities; sensitivity both off, as
/// numpy computes none, and on). The methodology is compiled once, as the service does per version.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private ScoringEngine _engine = null!;
    private UncertaintyAnalysis _uncertainty = null!;
    private Dataset _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (methodology, data) = BenchmarkInputs.Load(BenchmarkInputs.DirectoryFromEnvironment());
        _engine = new ScoringEngine(methodology);
        _uncertainty = new UncertaintyAnalysis(methodology);
        _data = data;
    }

    [Benchmark]
    public ScoreRun Score() => _engine.Score(_data, ScoreOptions.ScoresOnly);

    [Benchmark]
    public ScoreRun ScoreWithLineage() => _engine.Score(_data, ScoreOptions.Full);

    [Benchmark]
    public UncertaintyResult MonteCarlo1000() => _uncertainty.Run(_data, new UncertaintyOptions(1000, 42, ComputeSensitivity: false));

    [Benchmark]
    public UncertaintyResult MonteCarlo1000WithSensitivity() => _uncertainty.Run(_data, new UncertaintyOptions(1000, 42));

}
