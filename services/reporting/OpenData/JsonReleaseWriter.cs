using System.Text.Json;
using Assessment.Contracts.Scoring;

namespace Assessment.Reporting.OpenData;

/// <summary>The JSON form of a release: who made it and from what (release id, hashes, urls), its columns and its rows.</summary>
public static class JsonReleaseWriter
{
    public static byte[] Write(ScoreTable table, ScoreRunResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteRelease(json, table, result);
            json.WritePropertyName("columns");
            ColumnsWriter.WriteArray(json, table.Columns);
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                foreach (var column in table.Columns)
                {
                    WriteValue(json, column.Name, column.Value(row));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static void WriteRelease(Utf8JsonWriter json, ScoreTable table, ScoreRunResult result)
    {
        var release = table.Release;
        json.WriteStartObject("release");
        json.WriteString("release_id", release.ToString());
        json.WriteString("cycle_id", release.CycleId);
        json.WriteString("period", result.Cycle.Period);
        json.WriteString("methodology_id", release.MethodologyId);
        json.WriteString("methodology_version", release.MethodologyVersion);
        json.WriteNumber("run_number", release.RunNumber);
        json.WriteString("state", Pages.StateLabel.Name(result.Cycle.State));
        json.WriteBoolean("published", result.Cycle.State == CycleState.Published && result.Cycle.PublishedRun == release.RunNumber);
        if (result.Run.ComputedAt is not null)
        {
            json.WriteString("computed_at", result.Run.ComputedAt.ToDateTimeOffset());
        }

        json.WriteString("input_hash", result.Run.InputHash);
        json.WriteString("csv", OpenDataLinks.File(release, "csv"));
        json.WriteString("json", OpenDataLinks.File(release, "json"));
        json.WriteString("columns", OpenDataLinks.File(release, "columns.json"));
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case double d:
                json.WriteNumber(name, d);
                break;
            case int i:
                json.WriteNumber(name, i);
                break;
            default:
                json.WriteString(name, CsvWriter.Format(value));
                break;
        }
    }
}
