namespace Assessment.Scoring.Engine.Coherence;

/// <summary>Pearson correlation over the bodies where both values are present (pairwise deletion).</summary>
internal static class Pearson
{
    public static double Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sx = 0, sy = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        if (n < 2)
        {
            return double.NaN;
        }
        double mx = sx / n, my = sy / n, cxy = 0, cxx = 0, cyy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                var dx = x[i] - mx;
                var dy = y[i] - my;
                cxy += dx * dy;
                cxx += dx * dx;
                cyy += dy * dy;
            }
        }
        return cxx > 0 && cyy > 0 ? cxy / Math.Sqrt(cxx * cyy) : double.NaN;
    }
}
