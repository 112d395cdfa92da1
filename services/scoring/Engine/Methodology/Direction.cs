namespace Assessment.Scoring.Engine.Methodology;

/// <summary>Whether a larger raw value means better performance.</summary>
public enum Direction
{
    Higher,
    Lower,
}
