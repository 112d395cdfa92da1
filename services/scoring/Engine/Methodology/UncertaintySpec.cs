using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Methodology;

/// <summary>
/// The assumptions the Monte Carlo may vary: every weight multiplied by a uniform factor in
/// [1 - p, 1 + p] (then renormalised); data-driven normalisations swapped for one of the alternatives;
/// node aggregations swapped; imputation switched on or off.
/// </summary>
public sealed record UncertaintySpec(
    double WeightPerturbation,
    ImmutableArray<NormalisationMethod> Normalisations,
    ImmutableArray<AggregationAlternative> Aggregations,
    bool ToggleImputation,
    int DefaultSamples)
{
    public static readonly UncertaintySpec None = new(0, [], [], false, 1000);
}
