namespace Assessment.Bench.Ingest;

/// <summary>One (body, indicator, period) that can hold a value, with the value range the catalogue allows.</summary>
internal sealed record ObservationKey(string BodyCode, string IndicatorCode, string Period, double ValidMin, double ValidMax);
