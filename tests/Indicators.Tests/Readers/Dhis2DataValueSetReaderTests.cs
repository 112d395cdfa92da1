using System.Text;
using Assessment.Indicators.Feeds;
using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class Dhis2DataValueSetReaderTests
{
    // The example payload of shared/notes/dhis2-datavaluesets.md.
    private const string NotesExample = """
        {
          "dataSet": "optional data set id",
          "completeDate": "2025-01-31",
          "period": "2024",
          "orgUnit": "KZ-11",
          "attributeOptionCombo": "optional",
          "dataValues": [
            { "dataElement": "LIFE_EXP", "value": "73.48", "comment": "optional" },
            { "dataElement": "UNEMP", "period": "2024Q4", "orgUnit": "KZ-15", "value": "4.8" }
          ]
        }
        """;

    private static Task<FeedReadResult> Read(string json, FeedReadLimits? limits = null) =>
        new Dhis2DataValueSetReader(limits ?? FeedReadLimits.Default).ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public async Task Applies_the_set_period_and_org_unit_to_values_that_lack_their_own()
    {
        var result = await Read(NotesExample);

        Assert.Empty(result.Issues);
        Assert.Equal(
            [
                new FeedRow(1, "KZ-11", "LIFE_EXP", "2024", 73.48, "73.48", "", "optional"),
                new FeedRow(2, "KZ-15", "UNEMP", "2024Q4", 4.8, "4.8"),
            ],
            result.Rows);
    }

    [Fact]
    public async Task Reads_number_typed_values_keeping_their_text()
    {
        var result = await Read("""{"period":"2024","orgUnit":"KZ-71","dataValues":[{"dataElement":"A","value":73.480},{"dataElement":"B","value":1e3},{"dataElement":"C","value":-0}]}""");

        Assert.Empty(result.Issues);
        Assert.Equal([(73.48, "73.480"), (1000.0, "1e3"), (0.0, "-0")], result.Rows.Select(r => (r.Value!.Value, r.RawValue)));
    }

    [Fact]
    public async Task Keeps_text_and_NaN_values_for_the_validator()
    {
        var result = await Read("""{"period":"2024","orgUnit":"KZ-71","dataValues":[{"dataElement":"A","value":"NaN"},{"dataElement":"B","value":"12,5"}]}""");

        Assert.Empty(result.Issues);
        Assert.True(double.IsNaN(result.Rows[0].Value!.Value));
        Assert.Equal(((double?)null, "12,5"), (result.Rows[1].Value, result.Rows[1].RawValue));
    }

    [Fact]
    public async Task Accepts_and_ignores_option_combos_and_bookkeeping_fields()
    {
        var result = await Read("""
            {"dataValues":[{"dataElement":"A","period":"202401","orgUnit":"KZ-19","value":"5",
              "categoryOptionCombo":"HllvX50cXC0","attributeOptionCombo":"HllvX50cXC0","storedBy":"admin",
              "lastUpdated":"2025-01-31T10:00:00","followUp":false}]}
            """);

        Assert.Empty(result.Issues);
        Assert.Equal(new FeedRow(1, "KZ-19", "A", "202401", 5, "5"), Assert.Single(result.Rows));
    }

    [Fact]
    public async Task Reports_malformed_json_once_with_its_line_and_byte_position()
    {
        var result = await Read("{\n  \"period\": \"2024\",\n  \"dataValues\": [ { \"dataElement\": \"A\" \"value\": \"1\" } ]\n}");

        Assert.Empty(result.Rows);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((0, FeedIssueCodes.Malformed), (issue.Row, issue.Code));
        // Line 3 is `  "dataValues": [ { "dataElement": "A" "value": ...`: the quote opening "value",
        // where a comma was due, is its 40th byte.
        Assert.Equal("line 3, byte 40", issue.Value);
        Assert.Contains("line 3, byte 40", issue.Reason);
    }

    [Fact]
    public async Task Reports_an_empty_body_as_malformed_json()
    {
        var issue = Assert.Single((await Read("")).Issues);

        Assert.Equal(FeedIssueCodes.Malformed, issue.Code);
    }

    [Fact]
    public async Task Reports_a_missing_dataValues_array()
    {
        var result = await Read("""{"period":"2024","orgUnit":"KZ-11"}""");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((0, "dataValues", FeedIssueCodes.MissingField), (issue.Row, issue.Field, issue.Code));
    }

    [Fact]
    public async Task Reports_a_payload_that_is_not_an_object()
    {
        var issue = Assert.Single((await Read("""[{"dataElement":"A"}]""")).Issues);

        Assert.Equal(FeedIssueCodes.Malformed, issue.Code);
    }

    [Fact]
    public async Task Reports_each_missing_field_of_a_value_by_its_index()
    {
        var result = await Read("""
            {"period":"2024","dataValues":[
              {"dataElement":"A","orgUnit":"KZ-11","value":"1"},
              {"dataElement":"B","value":"2"},
              {"orgUnit":"KZ-11","value":""},
              {"dataElement":"D","orgUnit":"KZ-11","value":null}
            ]}
            """);

        Assert.Equal(
            [(2, "orgUnit"), (3, "dataElement"), (3, "value"), (4, "value")],
            result.Issues.Select(i => (i.Row, i.Field)));
        Assert.All(result.Issues, i => Assert.Equal(FeedIssueCodes.MissingField, i.Code));
        Assert.Contains("orgUnit", result.Issues[0].Reason);
        Assert.Equal(1, Assert.Single(result.Rows).Row);
    }

    [Fact]
    public async Task Reports_a_value_that_is_an_object()
    {
        var result = await Read("""{"period":"2024","orgUnit":"KZ-11","dataValues":[{"dataElement":"A","value":{"x":1}}]}""");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((1, "value", FeedIssueCodes.Malformed, """{"x":1}"""), (issue.Row, issue.Field, issue.Code, issue.Value));
    }

    [Fact]
    public async Task Reports_a_comment_longer_than_the_limit()
    {
        var result = await Read($$"""{"period":"2024","orgUnit":"KZ-11","dataValues":[{"dataElement":"A","value":"1","comment":"{{new string('c', 1001)}}"}]}""");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((1, "comment", FeedIssueCodes.TextTooLong, 200), (issue.Row, issue.Field, issue.Code, issue.Value.Length));
    }

    [Fact]
    public async Task Stops_at_one_value_past_the_limit()
    {
        var values = string.Join(',', Enumerable.Range(1, 6).Select(i => $$"""{"dataElement":"I{{i}}","value":"{{i}}"}"""));

        var result = await Read($$"""{"period":"2024","orgUnit":"KZ-11","dataValues":[{{values}}]}""", new FeedReadLimits(MaxRows: 4));

        Assert.Equal(4, result.Rows.Count);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((5, FeedIssueCodes.TooManyValues), (issue.Row, issue.Code));
    }
}
