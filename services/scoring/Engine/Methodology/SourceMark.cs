namespace Assessment.Scoring.Engine.Methodology;

/// <summary>Where an element was written in the methodology file (1-based), so errors can point at it.</summary>
public readonly record struct SourceMark(int Line, int Column)
{
    public static readonly SourceMark None = new(0, 0);

    public bool IsKnown => Line > 0;

    public override string ToString() => IsKnown ? $"line {Line}, column {Column}" : "position unknown";
}
