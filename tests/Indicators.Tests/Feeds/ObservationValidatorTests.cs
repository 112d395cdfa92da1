using Assessment.Indicators.Catalogue;
using Assessment.Indicators.Feeds;
using Assessment.Indicators.Feeds.Validation;
using Assessment.ServiceDefaults.Security;

namespace Assessment.Indicators.Tests.Feeds;

public class ObservationValidatorTests
{
    private static readonly CatalogueSnapshot Catalogue = new(
        [
            new BodyRecord("KZ-11", "Ақмола облысы", "Акмолинская область", "Akmola Region", "oblast", null, "oblasts", new DateOnly(1991, 12, 16), null),
            new BodyRecord("KZ-10", "Абай облысы", "Абайская область", "Abai Region", "oblast", null, "oblasts", new DateOnly(2022, 6, 8), null),
            new BodyRecord("KZ-11-01", "Аудан", "Район", "District", "district", "KZ-11", "districts", new DateOnly(1991, 12, 16), null),
            new BodyRecord("CB-MF", "Қаржы министрлігі", "Министерство финансов", "Ministry of Finance", "central_body", null, "central-bodies", new DateOnly(1991, 12, 16), null),
        ],
        [
            new IndicatorRecord("avg_salary", "-", "-", "Average salary", "KZT", "higher", 0, 100_000_000, "year", ["oblast", "city", "district"], null),
            new IndicatorRecord("unemployment-rate", "-", "-", "Unemployment", "%", "lower", 0, 100, "year", ["oblast", "city"], null),
            new IndicatorRecord("PS_ONTIME_PCT", "-", "-", "Services on time", "%", "higher", 0, 100, "quarter", ["central_body"], 100),
        ],
        [
            new PeriodRecord("2021", "year", new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), "open", DateTimeOffset.Parse("2022-03-31T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
            new PeriodRecord("2023", "year", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), "open", DateTimeOffset.Parse("2024-03-31T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
            new PeriodRecord("2020", "year", new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), "closed", DateTimeOffset.Parse("2021-03-31T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
            new PeriodRecord("2023Q1", "quarter", new DateOnly(2023, 1, 1), new DateOnly(2023, 3, 31), "open", DateTimeOffset.Parse("2023-05-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
        ]);

    private static readonly CallerIdentity Admin = new("admin", new HashSet<string> { Roles.MethodologyAdmin }, new HashSet<string>());

    private static IReadOnlyList<string> CodesFor(FeedRow row, CallerIdentity? caller = null, FeedLimits? limits = null) =>
        new ObservationValidator(limits ?? new FeedLimits()).Validate([row], Catalogue, caller ?? Admin).Select(i => i.Code).ToList();

    private static FeedRow Row(string body = "KZ-11", string indicator = "avg_salary", string period = "2023", double? value = 250_000, string raw = "250000", string unit = "", string comment = "") =>
        new(2, body, indicator, period, value, raw, unit, comment);

    [Fact]
    public void Accepts_a_valid_value() => Assert.Empty(CodesFor(Row()));

    [Theory]
    [InlineData("KZ-99", "unknown_body")]
    [InlineData("", "missing_field")]
    [InlineData("KZ 11", "invalid_code")]
    [InlineData("KZ\u041011", "invalid_code")]
    [InlineData("KZ-11\u0000", "invalid_code")]
    public void Refuses_a_bad_body_code(string body, string code) => Assert.Contains(code, CodesFor(Row(body: body)));

    [Fact]
    public void Refuses_an_unknown_indicator() => Assert.Contains("unknown_indicator", CodesFor(Row(indicator: "NO_SUCH")));

    [Theory]
    [InlineData("2023Q5", "invalid_period")]
    [InlineData("202313", "invalid_period")]
    [InlineData("23", "invalid_period")]
    [InlineData("2041", "unknown_period")]
    [InlineData("2020", "period_closed")]
    [InlineData("2023Q1", "wrong_periodicity")]
    public void Refuses_a_bad_period(string period, string code) => Assert.Contains(code, CodesFor(Row(period: period)));

    [Fact]
    public void Refuses_a_value_for_a_body_that_did_not_exist_in_the_period() =>
        Assert.Contains("body_not_active", CodesFor(Row(body: "KZ-10", period: "2021")));

    [Fact]
    public void Refuses_an_indicator_that_the_body_kind_does_not_report() =>
        Assert.Contains("not_reported_by_body_kind", CodesFor(Row(body: "CB-MF")));

    [Theory]
    [InlineData(double.NaN, "not_finite")]
    [InlineData(double.PositiveInfinity, "not_finite")]
    [InlineData(double.NegativeInfinity, "not_finite")]
    [InlineData(1e308, "out_of_range")]
    [InlineData(-1, "out_of_range")]
    public void Refuses_a_value_that_is_not_finite_or_out_of_range(double value, string code) => Assert.Contains(code, CodesFor(Row(value: value)));

    [Fact]
    public void Refuses_negative_zero_and_accepts_zero()
    {
        Assert.Equal(["negative_zero"], CodesFor(Row(value: -0.0)));
        Assert.Empty(CodesFor(Row(value: 0.0)));
    }

    [Fact]
    public void Refuses_text_where_a_number_belongs_and_echoes_it()
    {
        var issue = new ObservationValidator(new FeedLimits()).Validate([Row(value: null, raw: "seventy")], Catalogue, Admin).Single();
        Assert.Equal(("not_a_number", "value", "seventy", 2), (issue.Code, issue.Field, issue.Value, issue.Row));
    }

    [Fact]
    public void Refuses_a_unit_other_than_the_indicators() => Assert.Contains("wrong_unit", CodesFor(Row(unit: "USD")));

    [Fact]
    public void Refuses_a_comment_longer_than_the_limit() =>
        Assert.Contains("text_too_long", CodesFor(Row(comment: new string('x', 1001))));

    [Fact]
    public void Refuses_the_same_key_twice_and_names_the_first_row()
    {
        var issues = new ObservationValidator(new FeedLimits()).Validate([Row() with { Row = 2 }, Row() with { Row = 5 }], Catalogue, Admin);
        var duplicate = Assert.Single(issues);
        Assert.Equal(5, duplicate.Row);
        Assert.Contains("row 2", duplicate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_more_values_than_the_configured_maximum()
    {
        var rows = Enumerable.Range(0, 3).Select(i => Row(period: "2023") with { Row = i + 2, IndicatorCode = "avg_salary", BodyCode = "KZ-11" }).ToList();
        var issues = new ObservationValidator(new FeedLimits { MaxValuesPerSubmission = 2 }).Validate(rows, Catalogue, Admin);
        Assert.Equal("too_many_values", Assert.Single(issues).Code);
    }

    [Fact]
    public void Refuses_an_empty_submission() =>
        Assert.Equal("empty_submission", new ObservationValidator(new FeedLimits()).Validate([], Catalogue, Admin).Single().Code);

    [Fact]
    public void A_reporter_may_report_for_its_body_and_its_districts_but_not_for_others()
    {
        var akmola = new CallerIdentity("akmola", new HashSet<string> { Roles.Reporter }, new HashSet<string> { "KZ-11" });
        Assert.Empty(CodesFor(Row(), akmola));
        Assert.Empty(CodesFor(Row(body: "KZ-11-01"), akmola));
        Assert.Contains("not_entitled", CodesFor(Row(body: "KZ-10", period: "2023"), akmola));
        Assert.Contains("not_entitled", CodesFor(Row(), CallerIdentity.Anonymous));
    }

    [Fact]
    public void Reports_every_problem_of_a_row_not_only_the_first() =>
        Assert.Equal(["unknown_body", "not_finite"], CodesFor(Row(body: "KZ-98", value: double.NaN)).Order().Reverse());
}
