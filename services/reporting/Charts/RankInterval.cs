namespace Assessment.Reporting.Charts;

/// <summary>Where the published rank and its 5th–95th percentile interval fall on an SVG axis of ranks 1..count.</summary>
public sealed record RankInterval(double LowX, double HighX, double RankX);
