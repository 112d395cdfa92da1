using Assessment.Indicators.Feeds;
using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class LongCsvFeedReaderTests
{
    private static Task<FeedReadResult> Read(string csv, FeedReadLimits? limits = null) =>
        new LongCsvFeedReader(limits ?? FeedReadLimits.Default).ReadAsync(new StringReader(csv));

    [Fact]
    public async Task Reads_rows_numbered_from_2_because_the_header_is_row_1()
    {
        var result = await Read("body,indicator,period,value,unit,comment\r\nKZ-11,LIFE_EXP,2024,73.48,years,from BNS\r\nKZ-15,UNEMP,2024Q4, 4.8 ,,\r\n");

        Assert.Empty(result.Issues);
        Assert.Equal(
            [
                new FeedRow(2, "KZ-11", "LIFE_EXP", "2024", 73.48, "73.48", "years", "from BNS"),
                new FeedRow(3, "KZ-15", "UNEMP", "2024Q4", 4.8, " 4.8 ", "", ""),
            ],
            result.Rows);
    }

    [Fact]
    public async Task Accepts_aliases_in_any_order_case_and_spacing()
    {
        var result = await Read(" Value ,PERIOD, dataElement ,orgUnit\n12,2024,AVG_SALARY,KZ-71\n");

        Assert.Empty(result.Issues);
        Assert.Equal(new FeedRow(2, "KZ-71", "AVG_SALARY", "2024", 12, "12"), Assert.Single(result.Rows));
    }

    [Theory]
    [InlineData("body_code,indicator_code,period,value")]
    [InlineData("org_unit,indicator,period,value")]
    public async Task Accepts_the_code_and_org_unit_aliases(string header)
    {
        var result = await Read(header + "\nKZ-10,X,2024,1\n");

        Assert.Empty(result.Issues);
        Assert.Equal("KZ-10", Assert.Single(result.Rows).BodyCode);
    }

    [Fact]
    public async Task Reports_missing_columns_once_on_row_1_with_the_expected_header()
    {
        var result = await Read("body,value,comment\nKZ-11,1,\nKZ-15,2,\n");

        Assert.Empty(result.Rows);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(1, issue.Row);
        Assert.Equal(FeedIssueCodes.MissingField, issue.Code);
        Assert.Equal("indicator, period", issue.Field);
        Assert.Equal("body,value,comment", issue.Value);
        Assert.Contains("body,indicator,period,value[,unit,comment]", issue.Reason);
    }

    [Fact]
    public async Task Reports_a_column_given_twice_through_an_alias()
    {
        var result = await Read("body,orgUnit,indicator,period,value\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(FeedIssueCodes.Malformed, issue.Code);
        Assert.Equal("orgUnit", issue.Field);
    }

    [Theory]
    [InlineData("body,indicator,period,value,coment\nKZ-11,avg_salary,2019,250000,from BNS\n", "coment", "comment")]
    [InlineData("body,indicator,period,value,Unti\nKZ-11,avg_salary,2019,250000,KZT\n", "Unti", "unit")]
    [InlineData("body,indicator,period,value,comment,unti\nKZ-11,avg_salary,2019,250000,from BNS,KZT\n", "unti", "unit")]
    public async Task Refuses_a_misspelt_optional_column_naming_the_column_it_resembles(string csv, string written, string meant)
    {
        var result = await Read(csv);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((1, written, FeedIssueCodes.UnknownField), (issue.Row, issue.Field, issue.Code));
        Assert.Contains($"did you mean \"{meant}\"", issue.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("body,indicator,period,value,categoryOptionCombo,storedBy,lastUpdated")]
    [InlineData("body,indicator,period,value,comment,comments")]
    public async Task Ignores_extra_columns_that_are_no_slip_of_a_missing_one(string header)
    {
        var fields = string.Join(',', header.Split(',').Select((_, i) => i switch { 0 => "KZ-11", 1 => "avg_salary", 2 => "2019", 3 => "250000", _ => "x" }));

        var result = await Read(header + "\n" + fields + "\n");

        Assert.Empty(result.Issues);
        Assert.Single(result.Rows);
    }

    [Fact]
    public async Task Reports_a_row_with_the_wrong_number_of_fields_as_malformed_and_reads_the_others()
    {
        var result = await Read("body,indicator,period,value\nKZ-11,X,2024,12,5\nKZ-15,X,2024\nKZ-19,X,2024,7\n");

        Assert.Equal([(2, FeedIssueCodes.Malformed), (3, FeedIssueCodes.Malformed)], result.Issues.Select(i => (i.Row, i.Code)));
        Assert.Equal("KZ-11,X,2024,12,5", result.Issues[0].Value);
        Assert.Contains("has 5 fields but the header has 4", result.Issues[0].Reason);
        Assert.Equal(4, Assert.Single(result.Rows).Row);
    }

    [Fact]
    public async Task Reports_a_malformed_record_with_its_row_and_column()
    {
        var result = await Read("body,indicator,period,value\nKZ-11,X,2024,1\"2\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, "value", "1\"2", FeedIssueCodes.Malformed), (issue.Row, issue.Field, issue.Value, issue.Code));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task Reports_an_unterminated_quote_on_the_row_where_it_starts()
    {
        var result = await Read("body,indicator,period,value,comment\nKZ-11,X,2024,1,ok\nKZ-15,X,2024,2,\"never closed\nKZ-19,X,2024,3,\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((3, "comment", FeedIssueCodes.Malformed), (issue.Row, issue.Field, issue.Code));
        Assert.Equal(2, Assert.Single(result.Rows).Row);
    }

    [Fact]
    public async Task Keeps_NaN_infinities_and_text_as_rows_for_the_validator_to_judge()
    {
        var result = await Read("body,indicator,period,value\nA,X,2024,NaN\nA,X,2024,Infinity\nA,X,2024,-Infinity\nA,X,2024,1e308\nA,X,2024,-0\nA,X,2024,\"12,5\"\nA,X,2024,twelve\n");

        Assert.Empty(result.Issues);
        var values = result.Rows.Select(r => r.Value).ToList();
        Assert.True(double.IsNaN(values[0]!.Value));
        Assert.Equal([double.PositiveInfinity, double.NegativeInfinity, 1e308], values.Skip(1).Take(3));
        Assert.True(values[4] == 0 && double.IsNegative(values[4]!.Value));
        Assert.Equal(((double?)null, "12,5"), (values[5], result.Rows[5].RawValue));
        Assert.Equal(((double?)null, "twelve", 8), (values[6], result.Rows[6].RawValue, result.Rows[6].Row));
    }

    [Fact]
    public async Task Reports_an_empty_value_as_a_missing_field()
    {
        var result = await Read("body,indicator,period,value\nKZ-11,X,2024,\nKZ-15,X,2024,  \nKZ-19,X,2024,3\n");

        Assert.Equal([(2, "value"), (3, "value")], result.Issues.Select(i => (i.Row, i.Field)));
        Assert.All(result.Issues, i => Assert.Equal(FeedIssueCodes.MissingField, i.Code));
        Assert.Equal(4, Assert.Single(result.Rows).Row);
    }

    [Fact]
    public async Task Reports_an_empty_body_as_a_missing_field_named_as_in_the_header()
    {
        var result = await Read("orgUnit,indicator,period,value\n,X,2024,3\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, "orgUnit", FeedIssueCodes.MissingField), (issue.Row, issue.Field, issue.Code));
    }

    [Fact]
    public async Task Stops_after_one_row_past_the_limit_with_one_issue_naming_it()
    {
        var csv = "body,indicator,period,value\n" + string.Concat(Enumerable.Range(0, 10).Select(i => $"B{i},X,2024,{i}\n"));

        var result = await Read(csv, new FeedReadLimits(MaxRows: 3));

        Assert.Equal(3, result.Rows.Count);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((5, FeedIssueCodes.TooManyValues, "3"), (issue.Row, issue.Code, issue.Value));
        Assert.Contains("more than 3 values", issue.Reason);
    }

    [Fact]
    public async Task Reads_exactly_the_limit_without_an_issue()
    {
        var result = await Read("body,indicator,period,value\nA,X,2024,1\nB,X,2024,2\n", new FeedReadLimits(MaxRows: 2));

        Assert.Empty(result.Issues);
        Assert.Equal(2, result.Rows.Count);
    }

    [Fact]
    public async Task Reports_a_field_longer_than_the_limit_with_its_value_cut_to_200_characters()
    {
        var comment = new string('c', 1001);

        var result = await Read($"body,indicator,period,value,comment\nKZ-11,X,2024,1,{comment}\nKZ-11,Y,2024,2,{new string('c', 1000)}\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, "comment", FeedIssueCodes.TextTooLong), (issue.Row, issue.Field, issue.Code));
        Assert.Equal(200, issue.Value.Length);
        Assert.EndsWith("…", issue.Value);
        Assert.Contains("1000 characters", issue.Reason);
        Assert.Equal(3, Assert.Single(result.Rows).Row);
    }

    [Fact]
    public async Task Reports_an_empty_file_on_row_1()
    {
        var result = await Read("");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((1, FeedIssueCodes.MissingField), (issue.Row, issue.Code));
    }

    [Fact]
    public async Task Reads_a_file_with_a_byte_order_mark_and_CRLF()
    {
        var result = await Read("\uFEFFbody,indicator,period,value\r\nKZ-11,X,2024,1\r\n");

        Assert.Empty(result.Issues);
        Assert.Equal("KZ-11", Assert.Single(result.Rows).BodyCode);
    }
}
