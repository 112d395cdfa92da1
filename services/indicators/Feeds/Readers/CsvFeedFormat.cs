namespace Assessment.Indicators.Feeds.Readers;

/// <summary>The two CSV layouts a feed may use.</summary>
public enum CsvFeedFormat
{
    /// <summary>One value per row: body, indicator, period, value.</summary>
    Long,

    /// <summary>One row per body, one column per indicator (the shared regional file).</summary>
    Wide,
}
