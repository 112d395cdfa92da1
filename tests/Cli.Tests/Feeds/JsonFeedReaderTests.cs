using Assessment.Cli.Feeds;

namespace Assessment.Cli.Tests.Feeds;

public class JsonFeedReaderTests
{
    [Fact]
    public void Reads_a_submit_request_with_its_id_and_dry_run_flag()
    {
        var feed = SubmitJsonFeedReader.Read("""
            {"submissionId": "akmola-2024-01", "dryRun": true, "observations": [
              {"bodyCode": "KZ-11", "indicatorCode": "avg_salary", "period": "2024", "value": 250155},
              {"bodyCode": "KZ-11", "indicatorCode": "life_expectancy", "period": "2024", "value": 73.48, "unit": "years"}]}
            """, "f.json", new FeedDefaults(null, null));

        Assert.Equal("akmola-2024-01", feed.SubmissionId);
        Assert.True(feed.DryRun);
        Assert.Equal([1, 2], feed.Values.Select(v => v.Row));
        Assert.Equal(73.48, feed.Values[1].Value.Value);
        Assert.Equal("years", feed.Values[1].Value.Unit);
    }

    [Fact]
    public void Reads_dhis2_values_with_set_level_period_and_org_unit_and_per_value_overrides()
    {
        var feed = Dhis2FeedReader.Read("""
            {"period": "2024", "orgUnit": "KZ-11", "dataValues": [
              {"dataElement": "life_expectancy", "value": "73.48", "comment": "final"},
              {"dataElement": "unemployment-rate", "period": "2023", "orgUnit": "KZ-15", "value": "4.8"}]}
            """, "f.json", new FeedDefaults(null, null));

        Assert.Empty(feed.Issues);
        Assert.Equal(("KZ-11", "life_expectancy", "2024", 73.48, "final"),
            (feed.Values[0].Value.BodyCode, feed.Values[0].Value.IndicatorCode, feed.Values[0].Value.Period, feed.Values[0].Value.Value, feed.Values[0].Value.Comment));
        Assert.Equal(("KZ-15", "2023", 4.8), (feed.Values[1].Value.BodyCode, feed.Values[1].Value.Period, feed.Values[1].Value.Value));
    }

    [Fact]
    public void Lists_a_dhis2_value_that_is_not_a_number_and_one_without_a_period()
    {
        var feed = Dhis2FeedReader.Read("""
            {"orgUnit": "KZ-11", "dataValues": [
              {"dataElement": "avg_salary", "period": "2024", "value": "n/a"},
              {"dataElement": "avg_salary", "value": "5"}]}
            """, "f.json", new FeedDefaults(null, null));

        Assert.Equal([(1, "value"), (2, "period")], feed.Issues.Select(i => (i.Row, i.Field)));
    }

    [Theory]
    [InlineData("{\"dataValues\": []}", "Dhis2Json")]
    [InlineData("{\"observations\": []}", "SubmitJson")]
    [InlineData("body,indicator,period,value\n", "LongCsv")]
    [InlineData("\uFEFF\"Body\",\"Indicator\",\"Period\",\"Value\"\n", "LongCsv")]
    [InlineData("Region,avg_salary,life_expectancy\n", "WideCsv")]
    public void Detects_the_layout_from_the_content(string content, string format) =>
        Assert.Equal(Enum.Parse<FeedFormat>(format), FeedFormatDetector.Detect(System.Text.Encoding.UTF8.GetBytes(content)));
}
