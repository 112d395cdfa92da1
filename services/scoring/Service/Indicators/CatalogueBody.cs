using Assessment.Contracts.Indicators;

namespace Assessment.Scoring.Indicators;

/// <summary>A body as scoring needs it from the catalogue: its code, kind and peer group.</summary>
public sealed record CatalogueBody(string Code, BodyKind Kind, string PeerGroup);
