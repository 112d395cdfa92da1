using System.Text;
using Assessment.Cli.Csv;
using Assessment.Contracts.Indicators;

namespace Assessment.Cli.Feeds;

/// <summary>Reads a feed file of any layout; the body names of a wide CSV are looked up in the catalogue only when needed.</summary>
internal static class FeedFileReader
{
    public static async Task<FeedFile> ReadAsync(byte[] content, string fileName, FeedDefaults defaults,
        Func<CancellationToken, Task<IReadOnlyList<Body>>> catalogueBodies, CancellationToken cancellationToken)
    {
        var format = FeedFormatDetector.Detect(content);
        var text = new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF');
        switch (format)
        {
            case FeedFormat.SubmitJson:
                return SubmitJsonFeedReader.Read(text, fileName, defaults);
            case FeedFormat.Dhis2Json:
                return Dhis2FeedReader.Read(text, fileName, defaults);
            case FeedFormat.LongCsv:
                return LongCsvFeedReader.Read(CsvReader.Read(new StringReader(text), fileName), defaults);
            default:
                var table = CsvReader.Read(new StringReader(text), fileName);
                var bodies = new BodyNameIndex(await catalogueBodies(cancellationToken));
                return WideCsvFeedReader.Read(table, defaults.Period, bodies);
        }
    }
}
