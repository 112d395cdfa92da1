using Assessment.Cli.Csv;
using Assessment.Cli.Feeds;
using Assessment.Cli.Input;
using Assessment.Contracts.Indicators;

namespace Assessment.Cli.Tests.Feeds;

public class WideCsvFeedReaderTests
{
    private static readonly BodyNameIndex Regions = new(
    [
        Body("KZ-10", "Abai Region", "Абайская область", BodyKind.Oblast),
        Body("KZ-11", "Akmola Region", "Акмолинская область", BodyKind.Oblast),
        Body("KZ-71", "Astana", "Астана", BodyKind.CityOfRepublicanStatus),
        Body("KZ-75", "Almaty", "Алматы", BodyKind.CityOfRepublicanStatus),
        Body("KZ-19", "Almaty Region", "Алматинская область", BodyKind.Oblast),
    ]);

    private static Body Body(string code, string en, string ru, BodyKind kind) =>
        new() { Code = code, Kind = kind, Name = new LocalisedText { En = en, Ru = ru, Kk = en } };

    [Fact]
    public void Reads_the_real_regional_file_one_value_per_filled_cell_skipping_gaps()
    {
        var table = CsvReader.Read(new StreamReader(RepositoryFiles.RegionalFile), "regional-indicators.csv");
        var filled = table.Rows.Sum(r => r.Fields.Skip(1).Count(f => f.Trim().Length > 0));

        var feed = WideCsvFeedReader.Read(table, "2025", Regions);

        Assert.Empty(feed.Issues);
        Assert.Equal(filled, feed.Values.Count);
        Assert.True(filled < 20 * 17, "the real file has gaps");
        Assert.All(feed.Values, v => Assert.Equal("2025", v.Value.Period));
        var abai = feed.Values.First(v => v.Row == 2);
        Assert.Equal(("KZ-10", "air_pollution_index", 39.0), (abai.Value.BodyCode, abai.Value.IndicatorCode, abai.Value.Value));
        Assert.Equal("air_pollution_index", abai.Column);
    }

    [Theory]
    [InlineData("Astana city", "KZ-71")]
    [InlineData("Almaty city", "KZ-75")]
    [InlineData("Almaty Region", "KZ-19")]
    [InlineData("Акмолинская область", "KZ-11")]
    [InlineData("kz-11", "KZ-11")]
    public void Resolves_body_codes_names_and_city_names(string text, string code) =>
        Assert.Equal(code, Regions.Resolve(text));

    [Fact]
    public void Sends_an_unknown_body_as_written_so_that_the_system_names_it()
    {
        var feed = WideCsvFeedReader.Read(CsvReader.Read(new StringReader("Region,avg_salary\nAtlantis,5\n"), "f.csv"), "2025", Regions);

        Assert.Equal("Atlantis", Assert.Single(feed.Values).Value.BodyCode);
    }

    [Fact]
    public void Needs_a_period()
    {
        var table = CsvReader.Read(new StringReader("Region,avg_salary\nAkmola Region,5\n"), "f.csv");

        Assert.Contains("--period", Assert.Throws<InputException>(() => WideCsvFeedReader.Read(table, null, Regions)).Message);
    }
}
