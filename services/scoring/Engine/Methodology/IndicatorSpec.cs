namespace Assessment.Scoring.Engine.Methodology;

/// <summary>One scored indicator: how its raw values become a normalised 0..1 score.</summary>
public sealed record IndicatorSpec(
    string Code,
    LocalizedText? Title,
    string? Unit,
    Direction Direction,
    Transform Transform,
    NormalisationSpec Normalisation,
    CapSpec? Cap,
    MissingTreatment? Missing,
    bool Outliers,
    SourceMark Mark = default);
