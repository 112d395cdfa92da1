using System.Globalization;
using Assessment.Reporting.Rendering;

namespace Assessment.Reporting.Charts;

/// <summary>
/// A body's score over periods as an inline SVG line: periods evenly spaced left to right in the order given,
/// the vertical scale from 0 to the same round maximum as the bar chart, so periods compare at a glance.
/// </summary>
public static class TrendChart
{
    public const double Width = 420;
    public const double Height = 160;
    public const double Left = 40;
    public const double Right = 20;
    public const double Top = 16;
    public const double Bottom = 28;

    public static IReadOnlyList<(double X, double Y)> Layout(IReadOnlyList<TrendPoint> points)
    {
        var scale = BarChart.ScaleMaximum(points.Select(p => p.Score));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        return points.Select((p, i) => (
                points.Count == 1 ? Left + plotWidth / 2 : Left + i * plotWidth / (points.Count - 1),
                Top + plotHeight - Math.Clamp(p.Score / scale, 0, 1) * plotHeight))
            .ToList();
    }

    public static TrustedHtml Render(IReadOnlyList<TrendPoint> points, string label)
    {
        var xy = Layout(points);
        var w = new HtmlWriter();
        w.Add($"""<svg class="trend" width="{F(Width)}" height="{F(Height)}" viewBox="0 0 {F(Width)} {F(Height)}" role="img" aria-label="{label}"><title>{label}</title>""");
        w.Add($"""<line x1="{F(Left)}" y1="{F(Height - Bottom)}" x2="{F(Width - Right)}" y2="{F(Height - Bottom)}" stroke="#555"/>""");
        if (xy.Count > 1)
        {
            var path = string.Join(" ", xy.Select(p => $"{F(p.X)},{F(p.Y)}"));
            w.Add($"""<polyline points="{path}" fill="none" stroke="#00558c" stroke-width="2"/>""");
        }

        for (var i = 0; i < points.Count; i++)
        {
            w.Add($"""<circle cx="{F(xy[i].X)}" cy="{F(xy[i].Y)}" r="4" fill="#00558c"><title>{points[i].Period}: {points[i].ValueText}</title></circle>""");
            w.Add($"""<text x="{F(xy[i].X)}" y="{F(Height - 8)}" text-anchor="middle">{points[i].Period}</text>""");
            w.Add($"""<text x="{F(xy[i].X)}" y="{F(xy[i].Y - 8)}" text-anchor="middle">{points[i].ValueText}</text>""");
        }

        w.Raw("</svg>");
        return new TrustedHtml(w.ToString());
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
