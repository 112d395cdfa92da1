namespace Assessment.Scoring.Engine.Methodology;

/// <summary>
/// Normalisation of one indicator. Goalposts and targets are written in raw units and go through the
/// indicator's transform, as UNDP does for ln(GNI). Floor (0..1) rescales min-max output to floor..1 so that
/// geometric and harmonic means never meet a zero.
/// </summary>
public sealed record NormalisationSpec(
    NormalisationMethod Method,
    double? Min = null,
    double? Max = null,
    double? Target = null,
    double Floor = 0,
    SourceMark Mark = default);
