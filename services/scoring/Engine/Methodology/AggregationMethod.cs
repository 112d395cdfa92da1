namespace Assessment.Scoring.Engine.Methodology;

/// <summary>How a node combines its children's scores.</summary>
public enum AggregationMethod
{
    Arithmetic,
    Geometric,
    Harmonic,
    Minimum,
    /// <summary>Non-compensatory: pairwise weighted majority between bodies, wins minus losses rescaled to 0..1.</summary>
    Copeland,
}
