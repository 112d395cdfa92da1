using System.Text.Json;
using System.Text.Json.Nodes;
using Assessment.Cli.Commands;
using Assessment.Cli.Csv;

namespace Assessment.Cli.Reports;

/// <summary>A body's report in open-data form: the release file reduced to that body's row (the release block and columns kept).</summary>
internal static class OpenDataRows
{
    private const string BodyColumn = "body_code";

    public static void KeepBody(string path, string format, string bodyCode, string cycleId, int run)
    {
        var kept = format == ReportFormat.Csv ? KeepCsv(path, bodyCode) : KeepJson(path, bodyCode);
        if (!kept)
        {
            File.Delete(path);
            throw new CommandFailure($"body {bodyCode} has no row in run {run} of cycle {cycleId} (it is not scored in this cycle)");
        }
    }

    private static bool KeepCsv(string path, string bodyCode)
    {
        CsvTable table;
        using (var reader = new StreamReader(path))
        {
            table = CsvReader.Read(reader, Path.GetFileName(path));
        }

        var column = table.ColumnIndex(BodyColumn);
        var rows = table.Rows.Where(r => column >= 0 && r.Fields[column] == bodyCode).ToList();
        using var writer = new StreamWriter(path, append: false);
        var csv = new CsvWriter(writer);
        csv.WriteRow(table.Header);
        foreach (var row in rows)
        {
            csv.WriteRow(row.Fields);
        }

        return rows.Count > 0;
    }

    private static bool KeepJson(string path, string bodyCode)
    {
        var document = JsonNode.Parse(File.ReadAllBytes(path))?.AsObject()
            ?? throw new CommandFailure($"{path}: the release is not a JSON object");
        var rows = document["rows"]?.AsArray() ?? [];
        var kept = new JsonArray();
        foreach (var row in rows.ToList())
        {
            if (row?[BodyColumn]?.GetValue<string>() == bodyCode)
            {
                rows.Remove(row);
                kept.Add(row);
            }
        }

        document["rows"] = kept;
        File.WriteAllText(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return kept.Count > 0;
    }
}
