using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>The outcome of a Monte Carlo run; Bodies are in dataset order.</summary>
public sealed record UncertaintyResult(
    int Samples,
    int Seed,
    ImmutableArray<BodyUncertainty> Bodies,
    ImmutableArray<SensitivityIndex> Sensitivity)
{
    public BodyUncertainty Body(string code) => Bodies.First(b => b.Body == code);
}
