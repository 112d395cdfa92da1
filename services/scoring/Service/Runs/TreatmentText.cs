using Assessment.Scoring.Engine.Missing;

namespace Assessment.Scoring.Runs;

/// <summary>A value's treatment as a reader sees it: "none", or the steps taken, e.g. "winsorised" or "missing,imputed_peer_median".</summary>
public static class TreatmentText
{
    public static string Of(ValueTreatment treatment)
    {
        if (treatment == ValueTreatment.None)
        {
            return "none";
        }

        var names = new List<string>();
        foreach (var flag in Enum.GetValues<ValueTreatment>())
        {
            if (flag != ValueTreatment.None && treatment.HasFlag(flag))
            {
                names.Add(Name(flag));
            }
        }

        return string.Join(",", names);
    }

    private static string Name(ValueTreatment flag) => flag switch
    {
        ValueTreatment.Missing => "missing",
        ValueTreatment.Capped => "capped",
        ValueTreatment.OutsideTransformDomain => "outside_transform_domain",
        ValueTreatment.ImputedPeerMean => "imputed_peer_mean",
        ValueTreatment.ImputedPeerMedian => "imputed_peer_median",
        ValueTreatment.ImputedPrevious => "imputed_previous",
        ValueTreatment.Winsorised => "winsorised",
        ValueTreatment.LogFallback => "log_fallback",
        _ => flag.ToString().ToLowerInvariant(),
    };
}
