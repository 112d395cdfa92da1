using System.Text;
using Assessment.Contracts.Indicators;
using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class JsonFeedPropertyCheckTests
{
    private static readonly JsonFeedPropertyCheck Check = new(SubmitRequest.Descriptor, SubmitRequest.ObservationsFieldNumber);

    private static IReadOnlyList<FeedIssue> Issues(string json) => Check.Check(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Accepts_a_feed_with_only_known_properties_in_either_spelling()
    {
        Assert.Empty(Issues("""
            {"submissionId": "s1", "dry_run": true, "observations": [
              {"bodyCode": "KZ-11", "indicatorCode": "avg_salary", "period": "2019", "value": 250000, "unit": "KZT", "comment": "ok"},
              {"body_code": "KZ-15", "indicator_code": "avg_salary", "period": "2019", "value": "NaN"}
            ]}
            """));
    }

    [Fact]
    public void Names_a_misspelt_property_with_its_row_path_line_and_byte()
    {
        var issue = Assert.Single(Issues("""
            {"submissionId": "s1", "observations": [
              {"bodyCode": "KZ-11", "indicatorCode": "avg_salary", "period": "2019", "value": 1},
              {"bodyCode": "KZ-15", "indicatorCode": "avg_salary", "period": "2019", "valeu": 260000}
            ]}
            """));

        Assert.Equal((2, "valeu", "260000", "unknown_field"), (issue.Row, issue.Field, issue.Value, issue.Code));
        Assert.Contains("Value 2 (observations[1]) has a property \"valeu\" (line 3, byte 74)", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("bodyCode, indicatorCode, period, value, unit, comment", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_an_unknown_property_of_the_submission_itself_at_row_zero()
    {
        var issue = Assert.Single(Issues("""{"submissionId": "s1", "observatons": [{"value": 1}]}"""));

        Assert.Equal((0, "observatons", "unknown_field"), (issue.Row, issue.Field, issue.Code));
        Assert.StartsWith("The submission has a property \"observatons\" (line 1, byte 24)", issue.Reason, StringComparison.Ordinal);
        Assert.Equal("[{\"value\": 1}]", issue.Value);
    }

    [Fact]
    public void Names_a_property_given_twice_with_its_row()
    {
        var issue = Assert.Single(Issues("""{"submissionId": "s1", "observations": [{"bodyCode": "KZ-11", "value": 250000, "value": 260000}]}"""));

        Assert.Equal((1, "value", "260000", "duplicate_field"), (issue.Row, issue.Field, issue.Value, issue.Code));
        Assert.Contains("gives \"value\" twice, the second time at line 1, byte 80", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_both_spellings_of_one_field_as_the_same_property()
    {
        var issue = Assert.Single(Issues("""{"submissionId": "s1", "submission_id": "s2", "observations": []}"""));

        Assert.Equal((0, "submission_id", "duplicate_field"), (issue.Row, issue.Field, issue.Code));
        Assert.Contains("(as \"submissionId\" and \"submission_id\")", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_two_lists_of_observations_which_transcoding_would_join()
    {
        var issue = Assert.Single(Issues("""{"observations": [{"value": 1}], "observations": [{"value": 2}]}"""));

        Assert.Equal((0, "observations", "duplicate_field"), (issue.Row, issue.Field, issue.Code));
    }

    [Fact]
    public void Skips_a_utf8_byte_order_mark()
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"observations": [{"valu": 1}]}""")).ToArray();

        Assert.Equal("valu", Assert.Single(Check.Check(bytes)).Field);
    }

    [Theory]
    [InlineData("""{"submissionId": "s1", "observations": [{"bodyCode": "KZ-11", "val""")]
    [InlineData("not json")]
    [InlineData("""[{"valu": 1}]""")]
    public void Leaves_what_is_not_a_json_object_to_the_transcoder(string json) => Assert.Empty(Issues(json));
}
