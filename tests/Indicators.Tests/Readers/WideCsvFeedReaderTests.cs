using Assessment.Indicators.Feeds;
using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class WideCsvFeedReaderTests
{
    private static readonly RegionCodes Regions = RegionCodes.FromReadme(TestDataFiles.PathOf("kz-regions/README.md"));

    private static async Task<FeedReadResult> ReadRegionalFile(Func<string, string?> resolveBody)
    {
        using var csv = new StreamReader(TestDataFiles.PathOf("kz-regions/regional-indicators.csv"));
        return await new WideCsvFeedReader().ReadAsync(csv, "2024", resolveBody);
    }

    private static Task<FeedReadResult> Read(string csv, FeedReadLimits? limits = null, string? idColumn = null) =>
        new WideCsvFeedReader(limits ?? FeedReadLimits.Default).ReadAsync(new StringReader(csv), "2024", _ => null, idColumn);

    [Fact]
    public async Task Reads_every_value_of_the_regional_file_except_its_five_gaps()
    {
        var result = await ReadRegionalFile(Regions.Resolve);

        Assert.Empty(result.Issues);
        // 20 regions x 17 indicator columns, less the empty gdp_per_capita of five regions.
        Assert.Equal(20 * 17 - 5, result.Rows.Count);
        Assert.Equal(335, result.Rows.Count);
        Assert.Equal(20, result.Rows.Select(r => r.BodyCode).Distinct().Count());
        Assert.Equal(17, result.Rows.Select(r => r.IndicatorCode).Distinct().Count());
        Assert.All(result.Rows, r => Assert.Equal("2024", r.Period));
        Assert.All(result.Rows, r => Assert.True(r.Value.HasValue, $"{r.BodyCode} {r.IndicatorCode} {r.RawValue}"));
    }

    [Fact]
    public async Task Reads_exact_values_with_the_csv_record_number_as_row()
    {
        var rows = (await ReadRegionalFile(Regions.Resolve)).Rows;

        var akmolaSalary = Assert.Single(rows, r => r.BodyCode == "KZ-11" && r.IndicatorCode == "avg_salary");
        Assert.Equal(new FeedRow(3, "KZ-11", "avg_salary", "2024", 250155, "250155.0"), akmolaSalary);
        Assert.Equal(73.48, Assert.Single(rows, r => r.BodyCode == "KZ-11" && r.IndicatorCode == "life_expectancy").Value);
        Assert.Equal(8985.6, Assert.Single(rows, r => r.BodyCode == "KZ-75" && r.IndicatorCode == "gdp_per_capita").Value);
        Assert.Equal(2860.0, Assert.Single(rows, r => r.BodyCode == "KZ-19" && r.IndicatorCode == "gdp_per_capita").Value);
        Assert.Equal(610189, Assert.Single(rows, r => r.BodyCode == "KZ-10" && r.IndicatorCode == "Population").Value);
        Assert.Equal(21, rows.Max(r => r.Row));
    }

    [Fact]
    public async Task Treats_the_empty_gdp_cells_as_gaps_with_no_row_and_no_issue()
    {
        var rows = (await ReadRegionalFile(Regions.Resolve)).Rows;

        var withoutGdp = new[] { "KZ-10", "KZ-33", "KZ-61", "KZ-62", "KZ-79" };
        Assert.Equal(
            withoutGdp,
            rows.GroupBy(r => r.BodyCode).Where(g => g.All(r => r.IndicatorCode != "gdp_per_capita")).Select(g => g.Key).Order());
        Assert.Equal(16, rows.Count(r => r.BodyCode == "KZ-10"));
        Assert.Equal(17, rows.Count(r => r.BodyCode == "KZ-11"));
    }

    [Fact]
    public async Task Maps_every_region_name_to_its_code_keeping_Almaty_city_and_Almaty_Region_apart()
    {
        var rows = (await ReadRegionalFile(Regions.Resolve)).Rows;

        Assert.Equal(20, Regions.Count);
        Assert.All(rows, r => Assert.Matches(@"^KZ-\d{2}$", r.BodyCode));
        Assert.Equal("KZ-75", rows.First(r => r.Row == 20).BodyCode);
        Assert.Equal("KZ-19", rows.First(r => r.Row == 5).BodyCode);
        Assert.Equal("KZ-71", rows.First(r => r.Row == 19).BodyCode);
    }

    [Fact]
    public async Task Resolves_names_in_kazakh_and_russian_and_codes_too()
    {
        var csv = "Аймақ,avg_salary\nАқмола облысы,1\nАктюбинская область,2\nKZ-79,3\n";

        var result = await new WideCsvFeedReader().ReadAsync(new StringReader(csv), "2024", Regions.Resolve);

        Assert.Equal(["KZ-11", "KZ-15", "KZ-79"], result.Rows.Select(r => r.BodyCode));
    }

    [Fact]
    public async Task Keeps_an_unresolved_name_as_the_body_code_for_the_validator_to_report()
    {
        var result = await ReadRegionalFile(_ => null);

        Assert.Empty(result.Issues);
        Assert.Contains(result.Rows, r => r.BodyCode == "Akmola Region" && r.IndicatorCode == "avg_salary");
    }

    [Fact]
    public async Task Uses_the_named_id_column_wherever_it_is()
    {
        var result = await Read("avg_salary,code,life_expectancy\n250155,KZ-11,73.48\n", idColumn: "Code");

        Assert.Empty(result.Issues);
        Assert.Equal([("KZ-11", "avg_salary", 250155.0), ("KZ-11", "life_expectancy", 73.48)], result.Rows.Select(r => (r.BodyCode, r.IndicatorCode, r.Value!.Value)));
    }

    [Fact]
    public async Task Reports_a_missing_id_column_on_row_1()
    {
        var result = await Read("Region,avg_salary\nX,1\n", idColumn: "body");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((1, "body", FeedIssueCodes.MissingField), (issue.Row, issue.Field, issue.Code));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task Keeps_text_and_NaN_cells_as_rows_for_the_validator()
    {
        var result = await Read("Region,a,b,c\nKZ-11,NaN,\"12,5\",n/a\n");

        Assert.Empty(result.Issues);
        Assert.True(double.IsNaN(result.Rows[0].Value!.Value));
        Assert.Equal([(null, "12,5"), (null, "n/a")], result.Rows.Skip(1).Select(r => (r.Value, r.RawValue)));
    }

    [Fact]
    public async Task Names_the_indicator_column_when_a_cell_is_too_long()
    {
        var result = await Read($"Region,avg_salary,life_expectancy\nKZ-11,1,{new string('9', 20)}\n", new FeedReadLimits(MaxFieldLength: 16));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, "life_expectancy", FeedIssueCodes.TextTooLong), (issue.Row, issue.Field, issue.Code));
        Assert.Equal("avg_salary", Assert.Single(result.Rows).IndicatorCode);
    }

    [Fact]
    public async Task Reports_a_row_with_the_wrong_number_of_cells()
    {
        var result = await Read("Region,a,b\nKZ-11,1\nKZ-15,1,2\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, FeedIssueCodes.Malformed), (issue.Row, issue.Code));
        Assert.Equal(2, result.Rows.Count);
    }

    [Fact]
    public async Task Reports_a_row_without_a_body()
    {
        var result = await Read("Region,a\n ,1\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, "Region", FeedIssueCodes.MissingField), (issue.Row, issue.Field, issue.Code));
    }

    [Fact]
    public async Task Stops_at_one_value_past_the_limit_counting_values_not_rows()
    {
        using var csv = new StreamReader(TestDataFiles.PathOf("kz-regions/regional-indicators.csv"));

        var result = await new WideCsvFeedReader(new FeedReadLimits(MaxRows: 20)).ReadAsync(csv, "2024", Regions.Resolve);

        Assert.Equal(20, result.Rows.Count);
        var issue = Assert.Single(result.Issues);
        // Abai (row 2) has 16 values; the 21st value is the 5th of Akmola (row 3).
        Assert.Equal((3, FeedIssueCodes.TooManyValues), (issue.Row, issue.Code));
    }

    [Fact]
    public async Task Reports_a_duplicated_indicator_column()
    {
        var result = await Read("Region,a,A\nKZ-11,1,2\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((1, "A", FeedIssueCodes.Malformed), (issue.Row, issue.Field, issue.Code));
    }
}
