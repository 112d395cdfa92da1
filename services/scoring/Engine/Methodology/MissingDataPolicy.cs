namespace Assessment.Scoring.Engine.Methodology;

/// <summary>
/// The default treatment of missing values and the minimum share of a node's indicators that must be reported
/// (imputed values do not count) for the node to be scored; below it the score is withheld, never zero.
/// </summary>
public sealed record MissingDataPolicy(MissingTreatment Treatment, double MinCoverage)
{
    public static readonly MissingDataPolicy Default = new(MissingTreatment.Reweight, 0.5);
}
