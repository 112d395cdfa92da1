namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// One CSV record. Number is the physical record number (the first record is 1, blank lines count),
/// so it matches what a person sees in the file as long as no quoted field spans lines.
/// Problem is set when the record is malformed; the fields are then a best-effort reading.
/// </summary>
public sealed record CsvRecord(int Number, IReadOnlyList<string> Fields, CsvProblem? Problem = null)
{
    public bool IsMalformed => Problem is not null;
}
