using Assessment.Cli.Csv;
using Assessment.Cli.Input;
using Assessment.Contracts.Indicators;

namespace Assessment.Cli.Feeds;

/// <summary>
/// Wide CSV, the layout of the national regional file: the first column names the body (code or name), every other
/// column is an indicator code, every value is for --period. An empty cell is a gap, not an error. A body the
/// catalogue does not know is sent as written, so that the system names it in the receipt.
/// </summary>
internal static class WideCsvFeedReader
{
    public static FeedFile Read(CsvTable table, string? period, BodyNameIndex bodies)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            throw new InputException($"{table.FileName}: a wide CSV (one row per body, one column per indicator) holds one period; give it with --period (e.g. 2025)");
        }

        if (table.Header.Count < 2)
        {
            throw new InputException($"{table.FileName}: a wide CSV needs the body column and at least one indicator column");
        }

        var values = new List<SourcedValue>();
        var issues = new List<FeedReadIssue>();
        foreach (var row in table.Rows)
        {
            var bodyText = row.Fields[0].Trim();
            if (bodyText.Length == 0)
            {
                issues.Add(new FeedReadIssue(row.Line, table.Header[0], string.Empty, "no body; name the body of every row by its code or its name"));
                continue;
            }

            var body = bodies.Resolve(bodyText) ?? bodyText;
            for (var column = 1; column < table.Header.Count; column++)
            {
                var cell = row.Fields[column];
                if (string.IsNullOrWhiteSpace(cell))
                {
                    continue;
                }

                var indicator = table.Header[column].Trim();
                if (!FeedValueText.TryParse(cell, out var number))
                {
                    issues.Add(new FeedReadIssue(row.Line, indicator, cell, FeedValueText.NotANumber));
                    continue;
                }

                values.Add(new SourcedValue(new ObservationValue { BodyCode = body, IndicatorCode = indicator, Period = period.Trim(), Value = number },
                    row.Line, indicator));
            }
        }

        return new FeedFile(FeedFormat.WideCsv, values, issues);
    }
}
