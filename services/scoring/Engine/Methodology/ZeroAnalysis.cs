namespace Assessment.Scoring.Engine.Methodology;

/// <summary>
/// Decides whether a node's normalised value can be zero or negative, which a geometric or harmonic mean
/// cannot take. Zero that the data itself produces counts (min-max without a floor: the worst body always
/// gets 0; rank: the last body gets 0; z-score: half the bodies are negative; Copeland: a body that loses
/// every comparison gets 0). Fixed goalposts and targets count as natural zeros chosen by the author (as
/// UNDP's HDI does) and are allowed.
/// </summary>
internal static class ZeroAnalysis
{
    /// <returns>Why the node can be zero, or null when it cannot.</returns>
    public static string? CanBeZero(TreeNode node, Methodology methodology, NormalisationMethod? overrideMethod)
    {
        if (node.IsIndicator)
        {
            var indicator = methodology.FindIndicator(node.Code);
            if (indicator is null)
            {
                return null;
            }
            var method = overrideMethod ?? indicator.Normalisation.Method;
            var floor = overrideMethod is null ? indicator.Normalisation.Floor : 0;
            return method switch
            {
                NormalisationMethod.MinMax when floor <= 0 => $"minmax of '{node.Code}' without a floor gives the worst body 0",
                NormalisationMethod.Rank => $"rank normalisation of '{node.Code}' gives the last body 0",
                NormalisationMethod.ZScore => $"z-scores of '{node.Code}' are negative below the mean",
                _ => null,
            };
        }
        switch (node.Aggregation)
        {
            case AggregationMethod.Copeland:
                return $"Copeland score of '{node.Code}' is 0 for a body that loses every comparison";
            case AggregationMethod.Arithmetic:
                // A weighted mean is zero only when every child is, but negative as soon as one child can be.
                string? all = null;
                foreach (var child in node.Children)
                {
                    var why = CanBeZero(child, methodology, overrideMethod);
                    if (why is null)
                    {
                        return null;
                    }
                    if (why.Contains("negative", StringComparison.Ordinal))
                    {
                        return why;
                    }
                    all ??= why;
                }
                return all;
            default:
                foreach (var child in node.Children)
                {
                    if (CanBeZero(child, methodology, overrideMethod) is { } why)
                    {
                        return why;
                    }
                }
                return null;
        }
    }
}
