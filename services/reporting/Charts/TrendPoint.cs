namespace Assessment.Reporting.Charts;

/// <summary>One period of a body's trend: its label (the period), the score, and the value written beside the point.</summary>
public sealed record TrendPoint(string Period, double Score, string ValueText);
