using System.Text.Json;

namespace Assessment.Reporting.OpenData;

/// <summary>The machine-readable description of a release's columns: name, type, unit, meaning.</summary>
public static class ColumnsWriter
{
    public static byte[] Write(ScoreTable table, Assessment.Contracts.Scoring.ScoreRunResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            JsonReleaseWriter.WriteRelease(json, table, result);
            json.WriteString("dialect", "RFC 4180 CSV, UTF-8, comma separator, header row, CRLF line ends; numbers in invariant culture (decimal point); empty field = no value");
            json.WritePropertyName("columns");
            WriteArray(json, table.Columns);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static void WriteArray(Utf8JsonWriter json, IReadOnlyList<Column> columns)
    {
        json.WriteStartArray();
        foreach (var column in columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", column.Type);
            json.WriteString("unit", column.Unit);
            json.WriteString("meaning", column.Meaning);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
