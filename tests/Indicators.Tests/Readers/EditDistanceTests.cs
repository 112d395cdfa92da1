using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class EditDistanceTests
{
    [Theory]
    [InlineData("comment", "comment", 0, true)]
    [InlineData("coment", "comment", 1, true)]
    [InlineData("COMENT", "comment", 1, true)]
    [InlineData("valeu", "value", 1, true)]
    [InlineData("vaule", "value", 1, true)]
    [InlineData("peroid", "period", 1, true)]
    [InlineData("indicatr", "indicator", 1, true)]
    [InlineData("unti", "unit", 1, true)]
    [InlineData("cmment", "comment", 1, true)]
    [InlineData("comm", "comment", 2, false)]
    [InlineData("categoryOptionCombo", "comment", 2, false)]
    [InlineData("storedBy", "body", 2, false)]
    [InlineData("abc", "xyz", 2, false)]
    [InlineData("", "ab", 2, true)]
    [InlineData("", "abc", 2, false)]
    public void Says_whether_two_names_are_within_the_given_number_of_edits(string a, string b, int max, bool expected)
    {
        Assert.Equal(expected, EditDistance.AtMost(a, b, max));
        Assert.Equal(expected, EditDistance.AtMost(b, a, max));
    }
}
