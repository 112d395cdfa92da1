namespace Assessment.Indicators.Feeds.Readers;

/// <summary>Why a CSV record is not well-formed RFC 4180, and in which field (0-based) it was noticed.</summary>
public sealed record CsvProblem(int FieldIndex, string Reason);
