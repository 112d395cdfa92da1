using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Scoring.Engine.Missing;

/// <summary>
/// Fills missing values of one indicator column from the body's peer group (mean or median of the values
/// that were reported, never of other imputed values) or from the body's own previous-period value.
/// A value that cannot be imputed (no peer reported, no previous value) stays missing, so the tree reweights.
/// </summary>
internal static class PeerImputation
{
    public static void Impute(
        MissingTreatment treatment,
        Span<double> column,
        Span<ValueTreatment> flags,
        ReadOnlySpan<bool> observed,
        ReadOnlySpan<double> previousTreated,
        ReadOnlySpan<int> peerGroup,
        int peerGroupCount,
        Span<double> scratch)
    {
        var n = column.Length;
        switch (treatment)
        {
            case MissingTreatment.Reweight:
                return;
            case MissingTreatment.Previous:
                if (previousTreated.IsEmpty)
                {
                    return;
                }
                for (var b = 0; b < n; b++)
                {
                    if (!observed[b] && !double.IsNaN(previousTreated[b]))
                    {
                        column[b] = previousTreated[b];
                        flags[b] |= ValueTreatment.ImputedPrevious;
                    }
                }
                return;
        }

        for (var group = 0; group < peerGroupCount; group++)
        {
            var hasGap = false;
            var count = 0;
            for (var b = 0; b < n; b++)
            {
                if (peerGroup[b] != group)
                {
                    continue;
                }
                if (observed[b])
                {
                    scratch[count++] = column[b];
                }
                else
                {
                    hasGap = true;
                }
            }
            if (!hasGap || count == 0)
            {
                continue;
            }
            var fill = treatment == MissingTreatment.PeerMean ? Mean(scratch[..count]) : Median(scratch[..count]);
            var flag = treatment == MissingTreatment.PeerMean ? ValueTreatment.ImputedPeerMean : ValueTreatment.ImputedPeerMedian;
            for (var b = 0; b < n; b++)
            {
                if (peerGroup[b] == group && !observed[b])
                {
                    column[b] = fill;
                    flags[b] |= flag;
                }
            }
        }
    }

    public static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }
        return sum / values.Length;
    }

    /// <summary>Median; for an even count the mean of the two middle values. Sorts the span in place.</summary>
    public static double Median(Span<double> values)
    {
        values.Sort();
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
