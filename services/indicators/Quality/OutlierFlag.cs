namespace Assessment.Indicators.Quality;

/// <summary>A value that stands out, against its peers in the same period or against its own body's history.</summary>
public sealed record OutlierFlag(int Row, string BodyCode, string IndicatorCode, string Period, string Kind, double Score, double Threshold, string Detail);
