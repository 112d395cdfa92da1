namespace Assessment.Scoring.Engine.Methodology;

/// <summary>What happens to a missing value.</summary>
public enum MissingTreatment
{
    /// <summary>Leave it missing; parent nodes reweight over the children that are present.</summary>
    Reweight,
    /// <summary>Mean of the present values of bodies in the same peer group.</summary>
    PeerMean,
    /// <summary>Median of the present values of bodies in the same peer group.</summary>
    PeerMedian,
    /// <summary>The body's own value for the previous period.</summary>
    Previous,
}
