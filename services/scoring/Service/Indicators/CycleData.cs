using Assessment.Contracts.Indicators;

namespace Assessment.Scoring.Indicators;

/// <summary>What a cycle is scored on, as read from indicators: the bodies in scope and the current observations of its periods.</summary>
public sealed record CycleData(IReadOnlyList<CatalogueBody> Bodies, IReadOnlyList<ObservationRecord> Observations);
