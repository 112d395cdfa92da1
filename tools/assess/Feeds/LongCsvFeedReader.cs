using Assessment.Cli.Csv;
using Assessment.Cli.Input;
using Assessment.Contracts.Indicators;

namespace Assessment.Cli.Feeds;

/// <summary>
/// Long CSV: one value per row, columns body,indicator,period,value and optionally unit and comment, in any order.
/// Without a body (or period) column every row takes --body (or --period). Row numbers are the file's line numbers.
/// </summary>
internal static class LongCsvFeedReader
{
    public static FeedFile Read(CsvTable table, FeedDefaults defaults)
    {
        var body = Find(table, LongCsvColumns.Body);
        var indicator = Find(table, LongCsvColumns.Indicator);
        var period = Find(table, LongCsvColumns.Period);
        var value = Find(table, LongCsvColumns.Value);
        var unit = Find(table, LongCsvColumns.Unit);
        var comment = Find(table, LongCsvColumns.Comment);
        if (indicator < 0 || value < 0)
        {
            throw new InputException($"{table.FileName}: a long CSV needs the columns indicator and value (and body, period unless --body, --period give them); the header is {string.Join(',', table.Header)}");
        }

        if (body < 0 && defaults.Body is null)
        {
            throw new InputException($"{table.FileName}: no body column; add one or give --body CODE for every row");
        }

        if (period < 0 && defaults.Period is null)
        {
            throw new InputException($"{table.FileName}: no period column; add one or give --period P (2024, 2024Q1 or 202401) for every row");
        }

        var values = new List<SourcedValue>(table.Rows.Count);
        var issues = new List<FeedReadIssue>();
        foreach (var row in table.Rows)
        {
            var text = row.Fields[value];
            if (!FeedValueText.TryParse(text, out var number))
            {
                issues.Add(new FeedReadIssue(row.Line, "value", text, text.Trim().Length == 0 ? "no value; a long CSV row holds one value" : FeedValueText.NotANumber));
                continue;
            }

            values.Add(new SourcedValue(new ObservationValue
            {
                BodyCode = body < 0 ? defaults.Body! : Cell(row, body, defaults.Body),
                IndicatorCode = row.Fields[indicator].Trim(),
                Period = period < 0 ? defaults.Period! : Cell(row, period, defaults.Period),
                Value = number,
                Unit = unit < 0 ? string.Empty : row.Fields[unit].Trim(),
                Comment = comment < 0 ? string.Empty : row.Fields[comment],
            }, row.Line, string.Empty));
        }

        return new FeedFile(FeedFormat.LongCsv, values, issues);
    }

    private static string Cell(CsvRow row, int column, string? fallback)
    {
        var text = row.Fields[column].Trim();
        return text.Length == 0 && fallback is not null ? fallback : text;
    }

    private static int Find(CsvTable table, string[] names)
    {
        for (var i = 0; i < table.Header.Count; i++)
        {
            if (names.Contains(table.Header[i].Trim().TrimStart('\uFEFF'), StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
