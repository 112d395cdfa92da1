namespace Assessment.Scoring.Engine.Outliers;

/// <summary>
/// Sample skewness (G1, adjusted Fisher-Pearson) and sample excess kurtosis (G2), the estimators of
/// spreadsheet SKEW and KURT that the JRC/COIN outlier rule was calibrated with.
/// </summary>
public readonly record struct Moments(double Skewness, double Kurtosis)
{
    /// <summary>NaN moments when there are fewer than 4 values or no spread.</summary>
    public static Moments Of(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        if (n < 4)
        {
            return new Moments(double.NaN, double.NaN);
        }
        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }
        mean /= n;
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (var v in values)
        {
            var d = v - mean;
            var d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (m2 <= 1e-300)
        {
            return new Moments(double.NaN, double.NaN);
        }
        var g1 = m3 / Math.Pow(m2, 1.5);
        var g2 = m4 / (m2 * m2) - 3;
        var skew = Math.Sqrt(n * (n - 1.0)) / (n - 2.0) * g1;
        var kurt = ((n + 1.0) * g2 + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
        return new Moments(skew, kurt);
    }
}
