using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Scoring.Engine.Normalisation;

/// <summary>The pointwise transforms; a value outside the transform's domain becomes NaN (treated as missing and flagged).</summary>
public static class ValueTransform
{
    public static double Apply(Transform transform, double value) => transform switch
    {
        Transform.None => value,
        Transform.Ln => value > 0 ? Math.Log(value) : double.NaN,
        Transform.Log10 => value > 0 ? Math.Log10(value) : double.NaN,
        Transform.Sqrt => value >= 0 ? Math.Sqrt(value) : double.NaN,
        _ => throw new ArgumentOutOfRangeException(nameof(transform)),
    };
}
