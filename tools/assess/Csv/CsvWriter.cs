using System.Globalization;

namespace Assessment.Cli.Csv;

/// <summary>Writes RFC 4180 rows, quoting only fields that need it; numbers in invariant culture.</summary>
internal sealed class CsvWriter(TextWriter writer)
{
    public void WriteRow(IEnumerable<string> fields)
    {
        writer.Write(string.Join(",", fields.Select(Quote)));
        writer.Write("\r\n");
    }

    public static string Number(double? value, int digits) =>
        value is { } v ? v.ToString("F" + digits, CultureInfo.InvariantCulture) : "";

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
