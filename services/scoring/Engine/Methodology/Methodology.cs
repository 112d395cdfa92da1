using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Methodology;

/// <summary>A published, versioned methodology: everything needed to turn observations into scores.</summary>
public sealed record Methodology(
    string Id,
    string Version,
    LocalizedText Title,
    OutputScale Scale,
    ImmutableArray<IndicatorSpec> Indicators,
    TreeNode Root,
    MissingDataPolicy Missing,
    OutlierPolicy Outliers,
    ImmutableArray<RatingBand> Bands,
    ImmutableArray<string> PeerGroups,
    UncertaintySpec Uncertainty)
{
    public IndicatorSpec? FindIndicator(string code)
    {
        foreach (var indicator in Indicators)
        {
            if (indicator.Code == code)
            {
                return indicator;
            }
        }
        return null;
    }
}
