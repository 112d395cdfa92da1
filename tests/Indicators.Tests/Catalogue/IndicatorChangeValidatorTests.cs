using Assessment.Contracts.Indicators;
using Assessment.Indicators.Catalogue;

namespace Assessment.Indicators.Tests.Catalogue;

public class IndicatorChangeValidatorTests
{
    private static Indicator Valid()
    {
        var indicator = new Indicator
        {
            Code = "appeals_answered_on_time",
            Name = new LocalisedText { Kk = "Мерзімінде жауап берілген өтініштер", Ru = "Обращения, рассмотренные в срок", En = "Appeals answered on time" },
            Unit = "%",
            Direction = Direction.HigherIsBetter,
            ValidMin = 0,
            ValidMax = 100,
            Periodicity = Periodicity.Quarter,
            Target = 95,
        };
        indicator.ReportedBy.Add(BodyKind.Oblast);
        indicator.ReportedBy.Add(BodyKind.CityOfRepublicanStatus);
        return indicator;
    }

    private static string Problems(Indicator indicator) => string.Join(" | ", IndicatorChangeValidator.Validate(indicator).Problems);

    [Fact]
    public void Accepts_a_complete_indicator_and_stores_its_words()
    {
        var (record, problems) = IndicatorChangeValidator.Validate(Valid());

        Assert.Empty(problems);
        Assert.NotNull(record);
        Assert.Equal("higher", record.Direction);
        Assert.Equal("quarter", record.Periodicity);
        Assert.Equal(["oblast", "city"], record.ReportedBy);
        Assert.Equal(95, record.Target);
    }

    [Fact]
    public void A_target_is_optional()
    {
        var indicator = Valid();
        indicator.ClearTarget();

        var (record, problems) = IndicatorChangeValidator.Validate(indicator);

        Assert.Empty(problems);
        Assert.Null(record!.Target);
    }

    [Theory]
    [InlineData("", "code ''")]
    [InlineData("has space", "code 'has space'")]
    [InlineData("-leading-dash", "code '-leading-dash'")]
    public void Refuses_a_bad_code(string code, string expected)
    {
        var indicator = Valid();
        indicator.Code = code;

        Assert.Contains(expected, Problems(indicator), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_code_longer_than_64_characters()
    {
        var indicator = Valid();
        indicator.Code = new string('a', 65);

        Assert.Contains("code 'aaaa", Problems(indicator), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_each_missing_or_bad_name()
    {
        var indicator = Valid();
        indicator.Name.Kk = "";
        indicator.Name.En = "line\nbreak";

        var problems = Problems(indicator);

        Assert.Contains("name.kk", problems, StringComparison.Ordinal);
        Assert.Contains("name.en", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("name.ru", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_indicator_without_names() =>
        Assert.Contains("name.ru", Problems(new Indicator(Valid()) { Name = null }), StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a unit far too long to be a unit of measurement")]
    public void Refuses_a_bad_unit(string unit)
    {
        var indicator = Valid();
        indicator.Unit = unit;

        Assert.Contains($"unit '{unit}'", Problems(indicator), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_unspecified_direction_and_periodicity()
    {
        var indicator = Valid();
        indicator.Direction = Direction.Unspecified;
        indicator.Periodicity = (Periodicity)42;

        var problems = Problems(indicator);

        Assert.Contains("direction 'Unspecified'", problems, StringComparison.Ordinal);
        Assert.Contains("periodicity '42'", problems, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 0, "valid_max '0': must be greater than valid_min '100'")]
    [InlineData(5, 5, "valid_max '5': must be greater than valid_min '5'")]
    [InlineData(double.NegativeInfinity, 100, "valid_min '-Infinity': a finite number")]
    [InlineData(0, double.NaN, "valid_max 'NaN': a finite number")]
    public void Refuses_a_valid_range_that_is_not_one(double min, double max, string expected)
    {
        var indicator = Valid();
        indicator.ValidMin = min;
        indicator.ValidMax = max;
        indicator.ClearTarget();

        Assert.Contains(expected, Problems(indicator), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_no_reporting_body_kind()
    {
        var indicator = Valid();
        indicator.ReportedBy.Clear();

        Assert.Contains("reported_by: at least one", Problems(indicator), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_unspecified_or_repeated_body_kind()
    {
        var indicator = Valid();
        indicator.ReportedBy.Add(BodyKind.Unspecified);
        indicator.ReportedBy.Add(BodyKind.Oblast);

        var problems = Problems(indicator);

        Assert.Contains("reported_by 'Unspecified'", problems, StringComparison.Ordinal);
        Assert.Contains("reported_by 'Oblast': named more than once", problems, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(101, "target '101': must lie within the valid range 0 to 100")]
    [InlineData(-0.5, "target '-0.5': must lie within the valid range 0 to 100")]
    [InlineData(double.PositiveInfinity, "target 'Infinity': a finite number")]
    public void Refuses_a_target_outside_the_valid_range_or_not_a_number(double target, string expected)
    {
        var indicator = Valid();
        indicator.Target = target;

        Assert.Contains(expected, Problems(indicator), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_problem_at_once_and_returns_no_record()
    {
        var indicator = Valid();
        indicator.Code = "bad code";
        indicator.Unit = "";
        indicator.ValidMin = 10;
        indicator.ValidMax = 1;
        indicator.ReportedBy.Clear();

        var (record, problems) = IndicatorChangeValidator.Validate(indicator);

        Assert.Null(record);
        Assert.True(problems.Count >= 4, string.Join(" | ", problems));
    }
}
