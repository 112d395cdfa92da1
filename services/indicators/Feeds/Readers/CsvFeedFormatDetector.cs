namespace Assessment.Indicators.Feeds.Readers;

/// <summary>Tells a long-format CSV from a wide one by its header.</summary>
public static class CsvFeedFormatDetector
{
    /// <summary>
    /// Long when the header names body, indicator, period and value (aliases allowed), otherwise Wide.
    /// A wide file has indicator codes as columns, which never include all four of those names.
    /// </summary>
    public static CsvFeedFormat Detect(IReadOnlyList<string> headerFields) =>
        LongCsvHeader.Parse(headerFields).Missing.Count == 0 ? CsvFeedFormat.Long : CsvFeedFormat.Wide;
}
