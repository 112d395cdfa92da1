using Assessment.Cli.Csv;
using Assessment.Cli.Feeds;
using Assessment.Cli.Input;

namespace Assessment.Cli.Tests.Feeds;

public class LongCsvFeedReaderTests
{
    private static CsvTable Csv(string text) => CsvReader.Read(new StringReader(text), "feed.csv");

    [Fact]
    public void Reads_columns_in_any_order_with_unit_and_comment_and_keeps_the_file_line_of_each_value()
    {
        var feed = LongCsvFeedReader.Read(Csv("value,period,indicator,body,unit,comment\n301000,2024,avg_salary,KZ-11,,\n\n74.1,2024,life_expectancy,KZ-11,years,\"revised, per census\"\n"),
            new FeedDefaults(null, null));

        Assert.Empty(feed.Issues);
        Assert.Equal(2, feed.Values.Count);
        Assert.Equal(("KZ-11", "avg_salary", "2024", 301000d, 2), (feed.Values[0].Value.BodyCode, feed.Values[0].Value.IndicatorCode, feed.Values[0].Value.Period, feed.Values[0].Value.Value, feed.Values[0].Row));
        Assert.Equal(4, feed.Values[1].Row);
        Assert.Equal("years", feed.Values[1].Value.Unit);
        Assert.Equal("revised, per census", feed.Values[1].Value.Comment);
    }

    [Fact]
    public void Takes_body_and_period_from_the_options_when_the_file_has_no_such_columns()
    {
        var feed = LongCsvFeedReader.Read(Csv("indicator,value\navg_salary,250155\n"), new FeedDefaults("KZ-11", "2025"));

        var value = Assert.Single(feed.Values).Value;
        Assert.Equal(("KZ-11", "2025"), (value.BodyCode, value.Period));
    }

    [Fact]
    public void Refuses_a_file_without_a_body_column_and_without_body_option()
    {
        var e = Assert.Throws<InputException>(() => LongCsvFeedReader.Read(Csv("indicator,period,value\navg_salary,2024,1\n"), new FeedDefaults(null, null)));
        Assert.Contains("--body", e.Message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1,5")]
    [InlineData("NaN")]
    [InlineData("")]
    public void Lists_a_value_that_is_not_a_finite_number_with_its_line(string text)
    {
        var feed = LongCsvFeedReader.Read(Csv($"body,indicator,period,value\nKZ-11,avg_salary,2024,1\nKZ-11,gdp_per_capita,2024,\"{text}\"\n"), new FeedDefaults(null, null));

        var issue = Assert.Single(feed.Issues);
        Assert.Equal((3, "value", text), (issue.Row, issue.Field, issue.Value));
        Assert.Single(feed.Values);
    }
}
