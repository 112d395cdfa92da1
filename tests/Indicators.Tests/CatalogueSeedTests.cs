using Assessment.Indicators.Catalogue;

namespace Assessment.Indicators.Tests;

public class CatalogueSeedTests
{
    private static readonly IReadOnlyList<BodyRecord> Bodies = CatalogueSeed.Bodies();

    [Fact]
    public void Seeds_the_17_oblasts_and_3_cities_of_republican_status_with_their_iso_codes()
    {
        var oblasts = Bodies.Where(b => b.Kind == "oblast").Select(b => b.Code).Order().ToList();
        var cities = Bodies.Where(b => b.Kind == "city").Select(b => b.Code).Order().ToList();

        Assert.Equal(17, oblasts.Count);
        Assert.Equal(["KZ-71", "KZ-75", "KZ-79"], cities);
        Assert.All(oblasts, code => Assert.Matches(@"^KZ-\d{2}$", code));
    }

    [Fact]
    public void Seeds_about_thirty_central_state_bodies()
    {
        var central = Bodies.Where(b => b.Kind == "central_body").ToList();
        Assert.InRange(central.Count, 25, 35);
        Assert.All(central, b => Assert.Equal("central-bodies", b.PeerGroup));
    }

    [Fact]
    public void Every_body_has_a_name_in_kazakh_russian_and_english_and_a_unique_code()
    {
        Assert.All(Bodies, b =>
        {
            Assert.False(string.IsNullOrWhiteSpace(b.NameKk), b.Code);
            Assert.False(string.IsNullOrWhiteSpace(b.NameRu), b.Code);
            Assert.False(string.IsNullOrWhiteSpace(b.NameEn), b.Code);
        });
        Assert.Equal(Bodies.Count, Bodies.Select(b => b.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("KZ-10", "2022-06-08")]
    [InlineData("KZ-33", "2022-06-08")]
    [InlineData("KZ-62", "2022-06-08")]
    [InlineData("KZ-79", "2018-06-19")]
    public void Regions_created_after_independence_start_on_the_day_they_were_created(string code, string activeFrom)
    {
        var body = Bodies.Single(b => b.Code == code);
        Assert.Equal(DateOnly.Parse(activeFrom, System.Globalization.CultureInfo.InvariantCulture), body.ActiveFrom);
        Assert.False(body.IsActiveOn(body.ActiveFrom.AddDays(-1)));
        Assert.True(body.IsActiveOn(body.ActiveFrom));
    }

    [Fact]
    public void Seeds_every_indicator_of_the_regional_statistics_file_with_a_valid_range()
    {
        var indicators = CatalogueSeed.Indicators();
        string[] regionalColumns =
        [
            "air_pollution_index", "avg_salary", "Population", "clearance-rate-divided", "crime_amount", "Entertainment-places-rate",
            "gdp_per_capita", "Population_Age_10_and_older", "Postgraduate_Education", "Higher_Education", "household_spending_per_month",
            "life_expectancy", "Med-institution-rate", "car-amount-rate", "School-number-rate", "Transport-quanity-rate", "unemployment-rate",
        ];
        Assert.Subset(indicators.Select(i => i.Code).ToHashSet(), regionalColumns.ToHashSet());
        Assert.All(indicators, i => Assert.True(i.ValidMin < i.ValidMax, i.Code));
        Assert.All(indicators, i => Assert.Contains(i.Direction, new[] { "higher", "lower", "context" }));
    }
}
