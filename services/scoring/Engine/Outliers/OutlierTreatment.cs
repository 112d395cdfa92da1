using Assessment.Scoring.Engine.Methodology;
using Assessment.Scoring.Engine.Missing;

namespace Assessment.Scoring.Engine.Outliers;

/// <summary>
/// The skewness/kurtosis rule. When |skewness| &gt; limit and excess kurtosis &gt; limit, the most extreme value
/// on the skewed side is set to the next value inward, one point at a time, re-testing after each, up to
/// the policy's maximum. If the rule still fires, winsorisation is undone and the column is log-transformed
/// instead: ln((x - min)/range + 0.01) for right skew, -ln((max - x)/range + 0.01) for left skew
/// (scale-free, order-preserving). Each changed value is flagged.
/// </summary>
internal static class OutlierTreatment
{
    public static bool Fires(Moments moments, OutlierPolicy policy) =>
        Math.Abs(moments.Skewness) > policy.Skewness && moments.Kurtosis > policy.Kurtosis;

    /// <param name="sorted">Scratch of at least the column length.</param>
    public static void Apply(OutlierPolicy policy, Span<double> column, Span<ValueTreatment> flags, Span<double> sorted)
    {
        var m = 0;
        foreach (var v in column)
        {
            if (!double.IsNaN(v))
            {
                sorted[m++] = v;
            }
        }
        var values = sorted[..m];
        var initial = Moments.Of(values);
        if (!Fires(initial, policy))
        {
            return;
        }
        values.Sort();
        var low = values[0];
        var high = values[m - 1];

        // Winsorise in place on the sorted copy: `top` points replaced from above, `bottom` from below.
        int top = 0, bottom = 0;
        var settled = false;
        while (top + bottom < policy.MaxWinsorised && top + bottom < m - 1)
        {
            var moments = Moments.Of(values);
            if (moments.Skewness > 0)
            {
                top++;
                values[m - top] = values[m - top - 1];
            }
            else
            {
                bottom++;
                values[bottom - 1] = values[bottom];
            }
            if (!Fires(Moments.Of(values), policy))
            {
                settled = true;
                break;
            }
        }

        if (settled)
        {
            var cap = values[m - 1];
            var floor = values[0];
            for (var b = 0; b < column.Length; b++)
            {
                var v = column[b];
                if (double.IsNaN(v))
                {
                    continue;
                }
                if (top > 0 && v > cap)
                {
                    column[b] = cap;
                    flags[b] |= ValueTreatment.Winsorised;
                }
                else if (bottom > 0 && v < floor)
                {
                    column[b] = floor;
                    flags[b] |= ValueTreatment.Winsorised;
                }
            }
            return;
        }

        var rightSkewed = initial.Skewness > 0;
        var range = high - low;
        for (var b = 0; b < column.Length; b++)
        {
            var v = column[b];
            if (double.IsNaN(v))
            {
                continue;
            }
            column[b] = rightSkewed ? Math.Log((v - low) / range + 0.01) : -Math.Log((high - v) / range + 0.01);
            flags[b] |= ValueTreatment.LogFallback;
        }
    }
}
