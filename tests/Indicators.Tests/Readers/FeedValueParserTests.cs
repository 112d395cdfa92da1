using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class FeedValueParserTests
{
    [Theory]
    [InlineData("73.48", 73.48)]
    [InlineData(" 250155 ", 250155.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1E-2", 0.01)]
    [InlineData("-4.5", -4.5)]
    [InlineData("+7", 7.0)]
    [InlineData("1e308", 1e308)]
    public void Reads_plain_decimals_and_exponent_notation_in_invariant_culture(string raw, double expected)
    {
        Assert.Equal(expected, FeedValueParser.Parse(raw));
    }

    [Fact]
    public void Keeps_the_sign_of_negative_zero()
    {
        var value = FeedValueParser.Parse("-0");

        Assert.True(value.HasValue && double.IsNegative(value.Value) && value.Value == 0);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    public void Reads_NaN_so_the_validator_can_call_it_not_finite(string raw)
    {
        Assert.True(double.IsNaN(FeedValueParser.Parse(raw)!.Value));
    }

    [Theory]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("1e400", double.PositiveInfinity)]
    public void Reads_infinities_so_the_validator_can_call_them_not_finite(string raw, double expected)
    {
        Assert.Equal(expected, FeedValueParser.Parse(raw));
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1 000")]
    [InlineData("abc")]
    [InlineData("4.8%")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("0x10")]
    public void Gives_null_for_text_that_is_no_number(string? raw)
    {
        Assert.Null(FeedValueParser.Parse(raw));
    }
}
