namespace Assessment.Scoring.Engine.Methodology;

/// <summary>The published scale of every node score, e.g. 0..1 or 0..100, and how many decimals are published.</summary>
public sealed record OutputScale(double Min, double Max, int RoundingDigits)
{
    public static readonly OutputScale Unit = new(0, 1, 3);

    /// <summary>Maps an internal 0..1 value onto the published scale.</summary>
    public double FromUnit(double unit) => Min + (Max - Min) * unit;

    /// <summary>Rounds half away from zero, as statistical offices publish.</summary>
    public double Round(double value) => Math.Round(value, RoundingDigits, MidpointRounding.AwayFromZero);
}
