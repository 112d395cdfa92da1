namespace Assessment.Scoring.Engine.Methodology;

/// <summary>Raw values outside these bounds are set to the bound before anything else (recorded per value).</summary>
public sealed record CapSpec(double? Min, double? Max);
