using Assessment.Reporting.Charts;

namespace Assessment.Reporting.Tests.Charts;

public class TrendChartTests
{
    [Fact]
    public void Periods_are_spread_from_the_left_to_the_right_margin_and_scores_scale_from_the_axis()
    {
        var xy = TrendChart.Layout([new("2020", 0, "0"), new("2021", 50, "50"), new("2022", 100, "100")]);

        Assert.Equal(TrendChart.Left, xy[0].X);
        Assert.Equal(TrendChart.Width - TrendChart.Right, xy[2].X);
        Assert.Equal(TrendChart.Height - TrendChart.Bottom, xy[0].Y);
        Assert.Equal(TrendChart.Top, xy[2].Y);
        Assert.Equal((TrendChart.Top + TrendChart.Height - TrendChart.Bottom) / 2, xy[1].Y, 6);
    }

    [Fact]
    public void A_single_period_is_a_centred_point_without_a_line()
    {
        var svg = TrendChart.Render([new("2022", 42.5, "42.5")], "Score over periods").Value;

        Assert.DoesNotContain("<polyline", svg);
        Assert.Contains("<title>2022: 42.5</title>", svg);
        Assert.Contains("role=\"img\"", svg);
    }
}
