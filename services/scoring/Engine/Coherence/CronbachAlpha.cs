namespace Assessment.Scoring.Engine.Coherence;

/// <summary>
/// Cronbach's alpha of k indicators: k/(k-1) x (1 - Σ var(item) / var(Σ items)), sample variances, over the
/// bodies that have every item. NaN for fewer than two items or fewer than two complete bodies.
/// </summary>
internal static class CronbachAlpha
{
    public static double Of(IReadOnlyList<double[]> items)
    {
        var k = items.Count;
        if (k < 2)
        {
            return double.NaN;
        }
        var n = items[0].Length;
        var complete = new List<int>();
        for (var b = 0; b < n; b++)
        {
            var all = true;
            foreach (var item in items)
            {
                all &= !double.IsNaN(item[b]);
            }
            if (all)
            {
                complete.Add(b);
            }
        }
        if (complete.Count < 2)
        {
            return double.NaN;
        }
        var itemVariances = 0.0;
        foreach (var item in items)
        {
            itemVariances += Variance(complete.Select(b => item[b]).ToArray());
        }
        var totals = complete.Select(b => items.Sum(item => item[b])).ToArray();
        var totalVariance = Variance(totals);
        return totalVariance > 0 ? k / (k - 1.0) * (1 - itemVariances / totalVariance) : double.NaN;
    }

    private static double Variance(double[] values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }
}
