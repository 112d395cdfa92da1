namespace Assessment.Cli.Reports;

/// <summary>What `assess report` can fetch: the portal's page (html), its print (pdf), or the open-data release (csv, json).</summary>
internal static class ReportFormat
{
    public const string Html = "html";
    public const string Pdf = "pdf";
    public const string Csv = "csv";
    public const string Json = "json";

    public static readonly string[] All = [Html, Csv, Json, Pdf];

    public static readonly string[] Languages = ["kk", "ru", "en"];

    /// <summary>CSV and JSON come from the open data of one score run; HTML and PDF are the portal's pages.</summary>
    public static bool IsOpenData(string format) => format is Csv or Json;
}
