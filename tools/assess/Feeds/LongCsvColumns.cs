namespace Assessment.Cli.Feeds;

/// <summary>The header names a long CSV may use for each field (compared case-insensitively).</summary>
internal static class LongCsvColumns
{
    public static readonly string[] Body = ["body", "body_code", "orgunit"];
    public static readonly string[] Indicator = ["indicator", "indicator_code", "dataelement"];
    public static readonly string[] Period = ["period"];
    public static readonly string[] Value = ["value"];
    public static readonly string[] Unit = ["unit"];
    public static readonly string[] Comment = ["comment"];
}
