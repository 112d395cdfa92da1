namespace Assessment.Indicators.Quality;

/// <summary>A value the outlier check compares against: a stored current value or another value of the same submission.</summary>
public sealed record KnownValue(string BodyCode, string IndicatorCode, string Period, double Value);
