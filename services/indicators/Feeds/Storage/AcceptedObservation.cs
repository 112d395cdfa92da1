namespace Assessment.Indicators.Feeds.Storage;

/// <summary>A validated value with the revision it is stored under.</summary>
public sealed record AcceptedObservation(string BodyCode, string IndicatorCode, string Period, double Value, int Revision, string Comment);
