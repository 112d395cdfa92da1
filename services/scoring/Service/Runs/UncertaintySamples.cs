using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Scoring.Runs;

/// <summary>How many Monte Carlo samples a run stores: the number asked for, else the methodology's own when it declares alternatives, else none.</summary>
public static class UncertaintySamples
{
    public const int Max = 100_000;

    public static int For(UncertaintySpec spec, int requested)
    {
        if (requested > 0)
        {
            return Math.Min(requested, Max);
        }

        var declared = spec.WeightPerturbation > 0 || !spec.Normalisations.IsEmpty || !spec.Aggregations.IsEmpty || spec.ToggleImputation;
        return declared ? spec.DefaultSamples : 0;
    }
}
