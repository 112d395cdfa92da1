namespace Assessment.Indicators.Catalogue;

/// <summary>
/// What saving an indicator did: saved or refused, and how many current stored values lie outside its valid range
/// (with a few of them, body/period=value, for the error message). Stored values are never changed either way.
/// </summary>
public sealed record IndicatorSaveOutcome(bool Saved, int StoredValuesOutsideRange, IReadOnlyList<string> Examples);
