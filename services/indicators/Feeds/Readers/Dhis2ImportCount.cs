namespace Assessment.Indicators.Feeds.Readers;

/// <summary>The importCount object of a DHIS2 import summary.</summary>
public sealed record Dhis2ImportCount(int Imported, int Updated, int Ignored, int Deleted);
