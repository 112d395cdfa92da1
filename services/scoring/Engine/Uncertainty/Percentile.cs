namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>Percentile of sorted values by linear interpolation between order statistics (numpy's default).</summary>
internal static class Percentile
{
    public static double Of(ReadOnlySpan<double> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
