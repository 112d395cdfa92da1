namespace Assessment.Reporting.Charts;

/// <summary>One horizontal bar: its label, the value written beside it, and its place in the SVG.</summary>
public sealed record Bar(string Label, string ValueText, double Y, double Width);
