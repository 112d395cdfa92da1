using Assessment.Reporting.Charts;

namespace Assessment.Reporting.Tests.Charts;

public class ChartGeometryTests
{
    [Fact]
    public void Rank_one_is_at_the_left_padding_and_the_last_rank_at_the_right()
    {
        Assert.Equal(RankIntervalChart.Padding, RankIntervalChart.X(1, 20));
        Assert.Equal(RankIntervalChart.Width - RankIntervalChart.Padding, RankIntervalChart.X(20, 20));
    }

    [Fact]
    public void Interval_places_5th_and_95th_percentile_ranks_linearly()
    {
        // Axis 8..152 over ranks 1..17: 9 px per rank.
        var g = RankIntervalChart.Layout(rank: 5, p05: 3, p95: 9, count: 17);

        Assert.Equal(8 + 2 * 9, g.LowX, 6);
        Assert.Equal(8 + 8 * 9, g.HighX, 6);
        Assert.Equal(8 + 4 * 9, g.RankX, 6);
    }

    [Fact]
    public void Interval_given_upside_down_is_drawn_low_to_high_and_clamped_to_the_axis()
    {
        var g = RankIntervalChart.Layout(rank: 2, p05: 30, p95: 1, count: 17);
        Assert.Equal(RankIntervalChart.X(1, 17), g.LowX);
        Assert.Equal(RankIntervalChart.X(17, 17), g.HighX);
    }

    [Fact]
    public void Svg_of_an_interval_has_the_computed_coordinates_and_a_text_alternative()
    {
        var svg = RankIntervalChart.Render(5, 3, 9, 17, "Rank 5: 3–9").Value;
        Assert.Contains("<line class=\"interval\" x1=\"26\" y1=\"11\" x2=\"80\"", svg);
        Assert.Contains("cx=\"44\"", svg);
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("<title>Rank 5: 3–9</title>", svg);
    }

    [Theory]
    [InlineData(0.8, 1)]
    [InlineData(7.5, 10)]
    [InlineData(64.25, 100)]
    [InlineData(100, 100)]
    [InlineData(250, 1000)]
    public void Bar_scale_is_the_smallest_round_maximum_holding_the_values(double max, double scale) =>
        Assert.Equal(scale, BarChart.ScaleMaximum([max / 2, max]));

    [Fact]
    public void Bars_are_proportional_and_negative_or_missing_values_draw_nothing()
    {
        var bars = BarChart.Layout([("a", 50, "50"), ("b", 25, "25"), ("c", -3, "-3"), ("d", null, "—")]);

        Assert.Equal(BarChart.PlotWidth / 2, bars[0].Width, 6);
        Assert.Equal(BarChart.PlotWidth / 4, bars[1].Width, 6);
        Assert.Equal(0, bars[2].Width);
        Assert.Equal(0, bars[3].Width);
        Assert.Equal([0, BarChart.RowHeight, 2 * BarChart.RowHeight, 3 * BarChart.RowHeight], bars.Select(b => b.Y));
    }
}
