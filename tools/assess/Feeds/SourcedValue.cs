using Assessment.Contracts.Indicators;

namespace Assessment.Cli.Feeds;

/// <summary>One value to send and where it came from in the file (row: the CSV line or the 1-based JSON item; column for wide CSV).</summary>
internal sealed record SourcedValue(ObservationValue Value, int Row, string Column);
