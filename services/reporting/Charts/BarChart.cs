using System.Globalization;
using Assessment.Reporting.Rendering;

namespace Assessment.Reporting.Charts;

/// <summary>
/// Horizontal bars (score per area) as inline SVG. The scale is the smallest of 1, 10, 100, 1000 that holds the
/// largest value, so a 0–100 methodology and a 0–1 one both fill the chart sensibly; negative values draw no bar.
/// </summary>
public static class BarChart
{
    public const double LabelWidth = 220;
    public const double PlotWidth = 300;
    public const double RowHeight = 26;
    public const double BarHeight = 16;

    public static double ScaleMaximum(IEnumerable<double> values)
    {
        var max = values.DefaultIfEmpty(0).Max();
        foreach (var candidate in new[] { 1.0, 10.0, 100.0, 1000.0 })
        {
            if (max <= candidate)
            {
                return candidate;
            }
        }

        return max;
    }

    public static IReadOnlyList<Bar> Layout(IReadOnlyList<(string Label, double? Value, string ValueText)> items)
    {
        var scale = ScaleMaximum(items.Where(i => i.Value.HasValue).Select(i => i.Value!.Value));
        return items.Select((item, index) => new Bar(
                item.Label,
                item.ValueText,
                index * RowHeight,
                item.Value is { } v ? Math.Max(0, v) / scale * PlotWidth : 0))
            .ToList();
    }

    public static TrustedHtml Render(IReadOnlyList<(string Label, double? Value, string ValueText)> items, string label)
    {
        var bars = Layout(items);
        var width = LabelWidth + PlotWidth + 70;
        var height = Math.Max(RowHeight, bars.Count * RowHeight);
        var w = new HtmlWriter();
        w.Add($"""<svg class="bars" width="{F(width)}" height="{F(height)}" viewBox="0 0 {F(width)} {F(height)}" role="img" aria-label="{label}"><title>{label}</title>""");
        foreach (var bar in bars)
        {
            var textY = bar.Y + BarHeight - 3;
            w.Add($"""<text x="0" y="{F(textY)}">{bar.Label}</text>""");
            w.Add($"""<rect x="{F(LabelWidth)}" y="{F(bar.Y)}" width="{F(bar.Width)}" height="{F(BarHeight)}" fill="#00558c"/>""");
            w.Add($"""<text x="{F(LabelWidth + bar.Width + 6)}" y="{F(textY)}">{bar.ValueText}</text>""");
        }

        w.Raw("</svg>");
        return new TrustedHtml(w.ToString());
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
