namespace Assessment.Scoring.Engine.Methodology;

/// <summary>A pointwise transform applied to raw values (and to fixed goalposts/targets) before normalisation.</summary>
public enum Transform
{
    None,
    Ln,
    Log10,
    Sqrt,
}
