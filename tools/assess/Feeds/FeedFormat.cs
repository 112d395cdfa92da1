namespace Assessment.Cli.Feeds;

/// <summary>The file layouts `assess push` reads.</summary>
internal enum FeedFormat
{
    /// <summary>CSV with one value per row: body,indicator,period,value[,unit][,comment].</summary>
    LongCsv,

    /// <summary>CSV with one row per body and one column per indicator code, all for one --period (the regional file).</summary>
    WideCsv,

    /// <summary>JSON in the SubmitRequest shape: {"submissionId": ..., "observations": [{"bodyCode": ...}]}.</summary>
    SubmitJson,

    /// <summary>DHIS2 dataValueSets JSON: {"period", "orgUnit", "dataValues": [{"dataElement", "value"}]}, codes as ids.</summary>
    Dhis2Json,
}
