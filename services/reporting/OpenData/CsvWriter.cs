using System.Globalization;
using System.Text;

namespace Assessment.Reporting.OpenData;

/// <summary>
/// RFC 4180 CSV: fields with a comma, quote or line break are quoted and quotes doubled; numbers in the invariant
/// culture and round-trip form, exactly as scoring returned them; empty for a missing value.
/// </summary>
public static class CsvWriter
{
    public static string Write(ScoreTable table)
    {
        var csv = new StringBuilder();
        AppendRow(csv, table.Columns.Select(c => c.Name));
        foreach (var row in table.Rows)
        {
            AppendRow(csv, table.Columns.Select(c => Format(c.Value(row))));
        }

        return csv.ToString();
    }

    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append("\r\n");
    }
}
