using System.Text.Json;
using Assessment.Reporting.OpenData;

namespace Assessment.Reporting.Tests.OpenData;

public class ColumnsTests
{
    [Fact]
    public void Columns_description_names_every_csv_column_with_type_unit_and_meaning()
    {
        var result = Results.Run(Results.Body("KZ-11", 61.25, 1));
        var table = ScoreTable.From(result);
        using var doc = JsonDocument.Parse(ColumnsWriter.Write(table, result));
        var columns = doc.RootElement.GetProperty("columns").EnumerateArray().ToList();
        var header = CsvWriter.Write(table).Split("\r\n")[0].Split(',');

        Assert.Equal(header, columns.Select(c => c.GetProperty("name").GetString()));
        Assert.All(columns, c =>
        {
            Assert.Contains(c.GetProperty("type").GetString(), new[] { "string", "integer", "number" });
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("meaning").GetString()));
            Assert.True(c.TryGetProperty("unit", out _));
        });
        Assert.Equal("number", columns.Single(c => c.GetProperty("name").GetString() == "score").GetProperty("type").GetString());
    }

    [Fact]
    public void Release_is_citable_by_cycle_methodology_version_and_run()
    {
        var result = Results.Run(Results.Body("KZ-11", 61.25, 1));
        using var doc = JsonDocument.Parse(ColumnsWriter.Write(ScoreTable.From(result), result));
        var release = doc.RootElement.GetProperty("release");

        Assert.Equal("kz-regions-2022/kz-regions@1.0/run-3", release.GetProperty("release_id").GetString());
        Assert.True(release.GetProperty("published").GetBoolean());
        Assert.Equal("/open-data/kz-regions-2022/run-3.csv", release.GetProperty("csv").GetString());
    }

    [Fact]
    public void Json_rows_carry_the_numbers_exactly()
    {
        var result = Results.Run(Results.Body("KZ-11", 61.234567890123, 1));
        using var doc = JsonDocument.Parse(JsonReleaseWriter.Write(ScoreTable.From(result), result));
        var row = doc.RootElement.GetProperty("rows")[0];

        Assert.Equal(61.234567890123, row.GetProperty("score").GetDouble());
        Assert.Equal(3, row.GetProperty("rank_p95").GetInt32());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("change").ValueKind);
    }
}
