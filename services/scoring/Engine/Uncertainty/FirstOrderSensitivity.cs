namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>
/// Binning estimator of the first-order index S = Var(E[Y | X]) / Var(Y). Discrete assumptions are binned by
/// value; continuous ones into equal-count bins (about sqrt(N), at most 50). Computed per body on its ranks and
/// averaged over the bodies whose rank varies across samples and who were ranked in every sample.
/// </summary>
internal static class FirstOrderSensitivity
{
    /// <param name="ranksByBody">body * samples + sample; 0 = unranked.</param>
    public static double Estimate(ReadOnlySpan<double> factor, bool discrete, int[] ranksByBody, int bodies, int samples)
    {
        var bins = new int[samples];
        var binCount = discrete ? DiscreteBins(factor, bins) : QuantileBins(factor, bins);
        var sums = new double[binCount];
        var sizes = new int[binCount];
        foreach (var bin in bins)
        {
            sizes[bin]++;
        }
        double total = 0;
        var counted = 0;
        for (var b = 0; b < bodies; b++)
        {
            var ranks = ranksByBody.AsSpan(b * samples, samples);
            double mean = 0;
            var ranked = true;
            foreach (var r in ranks)
            {
                ranked &= r > 0;
                mean += r;
            }
            if (!ranked)
            {
                continue;
            }
            mean /= samples;
            double variance = 0;
            Array.Clear(sums);
            for (var s = 0; s < samples; s++)
            {
                var d = ranks[s] - mean;
                variance += d * d;
                sums[bins[s]] += ranks[s];
            }
            variance /= samples;
            if (variance <= 0)
            {
                continue;
            }
            double between = 0;
            for (var k = 0; k < binCount; k++)
            {
                if (sizes[k] > 0)
                {
                    var d = sums[k] / sizes[k] - mean;
                    between += sizes[k] * d * d;
                }
            }
            total += between / samples / variance;
            counted++;
        }
        return counted == 0 ? 0 : total / counted;
    }

    private static int DiscreteBins(ReadOnlySpan<double> factor, int[] bins)
    {
        var levels = new List<double>();
        for (var s = 0; s < factor.Length; s++)
        {
            var k = levels.IndexOf(factor[s]);
            if (k < 0)
            {
                k = levels.Count;
                levels.Add(factor[s]);
            }
            bins[s] = k;
        }
        return Math.Max(1, levels.Count);
    }

    private static int QuantileBins(ReadOnlySpan<double> factor, int[] bins)
    {
        var n = factor.Length;
        var binCount = Math.Clamp((int)Math.Sqrt(n), 1, 50);
        var order = new int[n];
        var keys = factor.ToArray();
        for (var s = 0; s < n; s++)
        {
            order[s] = s;
        }
        Array.Sort(keys, order);
        for (var i = 0; i < n; i++)
        {
            bins[order[i]] = (int)((long)i * binCount / n);
        }
        return binCount;
    }
}
