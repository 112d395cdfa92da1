namespace Assessment.Scoring.Engine.Methodology;

/// <summary>A rating band: a body whose published root score is at least <see cref="Min"/> (and below the next band) gets it.</summary>
public sealed record RatingBand(string Code, double Min, LocalizedText Label, SourceMark Mark = default);
