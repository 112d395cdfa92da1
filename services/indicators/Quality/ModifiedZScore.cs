namespace Assessment.Indicators.Quality;

/// <summary>
/// Iglewicz and Hoaglin's modified z-score, 0.6745·(x − median)/MAD: robust to the very outliers it looks for,
/// unlike a z-score on mean and standard deviation. Undefined (null) when the MAD is zero.
/// </summary>
public static class ModifiedZScore
{
    private const double Consistency = 0.6745;

    public static double? Of(double value, IReadOnlyList<double> sample)
    {
        if (sample.Count == 0)
        {
            return null;
        }

        var median = Median(sample);
        var deviations = new double[sample.Count];
        for (var i = 0; i < sample.Count; i++)
        {
            deviations[i] = Math.Abs(sample[i] - median);
        }

        var mad = Median(deviations);
        return mad == 0 ? null : Consistency * (value - median) / mad;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
