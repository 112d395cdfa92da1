namespace Assessment.Bench.Ingest;

/// <summary>Nearest-rank percentiles of latencies in milliseconds.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
