namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>
/// How to run the Monte Carlo. Results depend only on Samples and Seed: each sample draws from its own
/// generator derived from (Seed, sample index), so any degree of parallelism gives identical numbers.
/// </summary>
public sealed record UncertaintyOptions(int Samples, int Seed, int? MaxDegreeOfParallelism = null, bool ComputeSensitivity = true);
