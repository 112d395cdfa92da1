using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Coherence;

/// <summary>
/// Statistical coherence of a methodology on a dataset: the correlation matrix of the normalised indicators
/// (methodology order; NaN where undefined), Cronbach's alpha of each area over its indicators, and the
/// indicators that correlate negatively with the score of an area they belong to.
/// </summary>
public sealed record CoherenceReport(
    ImmutableArray<string> Indicators,
    ImmutableArray<ImmutableArray<double>> Correlations,
    ImmutableArray<AreaCoherence> Areas,
    ImmutableArray<NegativeCorrelationFlag> Flags)
{
    public double Correlation(string a, string b) => Correlations[Indicators.IndexOf(a)][Indicators.IndexOf(b)];
}

/// <summary>Cronbach's alpha of one area (root included) over all indicators beneath it.</summary>
public sealed record AreaCoherence(string Area, int IndicatorCount, double CronbachAlpha);

/// <summary>An indicator whose normalised values correlate negatively with the score of its own area.</summary>
public sealed record NegativeCorrelationFlag(string Indicator, string Area, double Correlation);
