namespace Assessment.Scoring.Engine.Methodology;

/// <summary>How treated values become comparable 0..1 scores (z-score is the one unbounded method).</summary>
public enum NormalisationMethod
{
    /// <summary>(x - min) / (max - min) over the bodies' present values; optional floor lifts the worst above zero.</summary>
    MinMax,
    /// <summary>Fixed goalposts, values clipped to them.</summary>
    Goalposts,
    /// <summary>(x - mean) / population standard deviation.</summary>
    ZScore,
    /// <summary>Attainment of a target, capped at 1.</summary>
    Target,
    /// <summary>(n - r) / (n - 1) with r the competition rank (1 = best).</summary>
    Rank,
    /// <summary>(below + half of equals including itself) / n; never 0.</summary>
    PercentileRank,
}
