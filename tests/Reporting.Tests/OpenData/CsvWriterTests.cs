using System.Globalization;
using Assessment.Reporting.OpenData;

namespace Assessment.Reporting.Tests.OpenData;

public class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Quotes_only_fields_that_need_it(string field, string expected) => Assert.Equal(expected, CsvWriter.Quote(field));

    [Fact]
    public void Numbers_are_invariant_and_round_trip_whatever_the_server_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
            Assert.Equal("61.234567890123", CsvWriter.Format(61.234567890123));
            Assert.Equal("0.1", CsvWriter.Format(0.1));
            Assert.Equal("1E-07", CsvWriter.Format(1e-7));
            Assert.Equal(0.30000000000000004, double.Parse(CsvWriter.Format(0.1 + 0.2), CultureInfo.InvariantCulture));
            Assert.Equal("", CsvWriter.Format(null));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_run_becomes_a_header_and_one_row_per_body_in_rank_order()
    {
        var result = Results.Run(Results.Body("KZ-15", 48.5, 2), Results.Body("KZ-11", 61.25, 1));
        result.Bodies[0].Flags.Add("low,coverage");
        var csv = CsvWriter.Write(ScoreTable.From(result));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("release_id,cycle_id,methodology_id,methodology_version,run_number,body_code,peer_group,score,rank,", lines[0]);
        Assert.EndsWith(",area_root_score,area_economy_score", lines[0]);
        Assert.StartsWith("kz-regions-2022/kz-regions@1.0/run-3,kz-regions-2022,kz-regions,1.0,3,KZ-11,oblasts,61.25,1,", lines[1]);
        Assert.Contains(",\"low,coverage\",", lines[2]);
    }

    [Fact]
    public void A_withheld_score_is_an_empty_field()
    {
        var csv = CsvWriter.Write(ScoreTable.From(Results.Run(Results.Body("KZ-11", null, 1))));
        Assert.Contains(",KZ-11,oblasts,,1,", csv);
    }
}
