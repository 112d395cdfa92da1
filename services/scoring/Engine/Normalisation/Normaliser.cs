using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Scoring.Engine.Normalisation;

/// <summary>
/// Normalises one indicator column (treated values, NaN = missing) into scores where higher is better.
/// Data-driven methods use only the bodies present in this column.
/// </summary>
internal static class Normaliser
{
    /// <summary>Parameters that do not depend on the data, taken from the compiled methodology.</summary>
    internal readonly record struct Parameters(
        NormalisationMethod Method, bool LowerIsBetter, double GoalMin, double GoalMax, double Target, double Baseline, double Floor);

    public static void Normalise(in Parameters p, ReadOnlySpan<double> values, Span<double> output, Span<double> scratchKeys, Span<int> scratchIndex)
    {
        switch (p.Method)
        {
            case NormalisationMethod.MinMax:
                MinMax(p, values, output);
                break;
            case NormalisationMethod.Goalposts:
                Goalposts(p, values, output);
                break;
            case NormalisationMethod.ZScore:
                ZScore(p, values, output);
                break;
            case NormalisationMethod.Target:
                Target(p, values, output);
                break;
            case NormalisationMethod.Rank:
            case NormalisationMethod.PercentileRank:
                Ranked(p, values, output, scratchKeys, scratchIndex);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(p));
        }
    }

    /// <summary>(x - min)/(max - min), reversed for lower-is-better; all-equal columns score 0.5; floor rescales to floor..1.</summary>
    private static void MinMax(in Parameters p, ReadOnlySpan<double> values, Span<double> output)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            // NaN fails both comparisons, so missing values are skipped without a branch of their own.
            if (v < min) { min = v; }
            if (v > max) { max = v; }
        }
        var range = max - min;
        var scale = (1 - p.Floor) / range;
        var constant = !(range > 0);
        for (var b = 0; b < values.Length; b++)
        {
            var v = values[b];
            var unit = constant ? 0.5 * (1 - p.Floor) : (p.LowerIsBetter ? max - v : v - min) * scale;
            output[b] = p.Floor + unit + (v - v); // (v - v) keeps NaN for missing values
        }
    }

    /// <summary>Fixed goalposts with clipping: values beyond a goalpost score 0 or 1.</summary>
    private static void Goalposts(in Parameters p, ReadOnlySpan<double> values, Span<double> output)
    {
        var range = p.GoalMax - p.GoalMin;
        for (var b = 0; b < values.Length; b++)
        {
            var v = values[b];
            var unit = Math.Clamp((v - p.GoalMin) / range, 0, 1);
            output[b] = double.IsNaN(v) ? double.NaN : p.LowerIsBetter ? 1 - unit : unit;
        }
    }

    /// <summary>(x - mean)/sd with the population standard deviation; a column without spread scores 0.</summary>
    private static void ZScore(in Parameters p, ReadOnlySpan<double> values, Span<double> output)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }
        var mean = sum / n;
        double ss = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                ss += (v - mean) * (v - mean);
            }
        }
        var sd = Math.Sqrt(ss / n);
        for (var b = 0; b < values.Length; b++)
        {
            var z = sd > 0 ? (values[b] - mean) / sd : 0 * values[b];
            output[b] = p.LowerIsBetter ? -z : z;
        }
    }

    /// <summary>
    /// Target attainment capped at 1. With a baseline: (x - baseline)/(target - baseline) clipped to 0..1.
    /// Without: x/target for higher-is-better, target/x for lower-is-better, floored at 0.
    /// </summary>
    private static void Target(in Parameters p, ReadOnlySpan<double> values, Span<double> output)
    {
        for (var b = 0; b < values.Length; b++)
        {
            var v = values[b];
            double score;
            if (double.IsNaN(v))
            {
                score = double.NaN;
            }
            else if (!double.IsNaN(p.Baseline))
            {
                score = Math.Clamp((v - p.Baseline) / (p.Target - p.Baseline), 0, 1);
            }
            else if (p.LowerIsBetter)
            {
                score = v <= p.Target ? 1 : Math.Max(p.Target / v, 0);
            }
            else
            {
                score = v >= p.Target ? 1 : Math.Max(v / p.Target, 0);
            }
            output[b] = score;
        }
    }

    /// <summary>
    /// Rank: (n - r)/(n - 1) with r the competition rank (1 = best, ties share the best rank).
    /// Percentile rank: (worse + half the equal values, itself included)/n, which is never 0.
    /// </summary>
    private static void Ranked(in Parameters p, ReadOnlySpan<double> values, Span<double> output, Span<double> keys, Span<int> index)
    {
        var n = 0;
        for (var b = 0; b < values.Length; b++)
        {
            output[b] = double.NaN;
            if (!double.IsNaN(values[b]))
            {
                // Sort so that better values come last: ascending for higher-is-better.
                keys[n] = p.LowerIsBetter ? -values[b] : values[b];
                index[n] = b;
                n++;
            }
        }
        var k = keys[..n];
        var ix = index[..n];
        k.Sort(ix);
        var i = 0;
        while (i < n)
        {
            var j = i;
            while (j + 1 < n && k[j + 1] == k[i])
            {
                j++;
            }
            // Positions i..j hold equal values; i bodies are worse, n - 1 - j are better.
            var better = n - 1 - j;
            var equal = j - i + 1;
            double score = p.Method == NormalisationMethod.Rank
                ? (n == 1 ? 1 : (double)(n - (better + 1)) / (n - 1))
                : (i + 0.5 * equal) / n;
            for (var t = i; t <= j; t++)
            {
                output[ix[t]] = score;
            }
            i = j + 1;
        }
    }
}
