using Assessment.Scoring.Engine.Missing;

namespace Assessment.Scoring.Engine.Lineage;

/// <summary>One indicator value on its way: as reported, after treatment (cap, transform, imputation, outliers), normalised.</summary>
public sealed record IndicatorTrace(string Indicator, double? Raw, double? Treated, double? Normalised, ValueTreatment Treatment);
