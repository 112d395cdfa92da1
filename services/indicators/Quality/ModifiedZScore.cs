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
        var copy = sample.ToArray();
        var scratch = new double[copy.Length];
        return OfInPlace(value, copy, scratch, out _);
    }

    /// <summary>
    /// The score from a sample the caller owns: sorts <paramref name="sample"/> in place and uses <paramref name="scratch"/>
    /// (at least as long) for the deviations, so a caller scoring thousands of values allocates nothing per value.
    /// </summary>
    public static double? OfInPlace(double value, Span<double> sample, Span<double> scratch, out double median)
    {
        median = double.NaN;
        if (sample.Length == 0)
        {
            return null;
        }

        median = SortedMedian(sample);
        var deviations = scratch[..sample.Length];
        for (var i = 0; i < sample.Length; i++)
        {
            deviations[i] = Math.Abs(sample[i] - median);
        }

        var mad = SortedMedian(deviations);
        return mad == 0 ? null : Consistency * (value - median) / mad;
    }

    public static double Median(IReadOnlyList<double> values) => SortedMedian(values.ToArray());

    private static double SortedMedian(Span<double> values)
    {
        values.Sort();
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
