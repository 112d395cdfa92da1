using System.Globalization;
using Assessment.Reporting.Rendering;

namespace Assessment.Reporting.Charts;

/// <summary>
/// An error bar for a rank: a line from the 5th to the 95th percentile rank with whiskers, and a dot at the
/// published rank. Rank 1 sits on the left. Honest about uncertainty without any JavaScript.
/// </summary>
public static class RankIntervalChart
{
    public const double Width = 160;
    public const double Height = 22;
    public const double Padding = 8;

    public static RankInterval Layout(int rank, int p05, int p95, int count)
    {
        var low = Math.Min(p05, p95);
        var high = Math.Max(p05, p95);
        return new RankInterval(X(low, count), X(high, count), X(rank, count));
    }

    public static double X(int rank, int count)
    {
        if (count <= 1)
        {
            return Width / 2;
        }

        var clamped = Math.Clamp(rank, 1, count);
        return Padding + (clamped - 1) * (Width - 2 * Padding) / (count - 1);
    }

    public static TrustedHtml Render(int rank, int p05, int p95, int count, string label)
    {
        var g = Layout(rank, p05, p95, count);
        const double mid = Height / 2;
        var w = new HtmlWriter();
        w.Add($"""<svg class="rank-interval" width="{F(Width)}" height="{F(Height)}" viewBox="0 0 {F(Width)} {F(Height)}" role="img" aria-label="{label}"><title>{label}</title>""");
        w.Add($"""<line x1="{F(Padding)}" y1="{F(mid)}" x2="{F(Width - Padding)}" y2="{F(mid)}" stroke="#c8c8c8" stroke-width="1"/>""");
        w.Add($"""<line class="interval" x1="{F(g.LowX)}" y1="{F(mid)}" x2="{F(g.HighX)}" y2="{F(mid)}" stroke="#00558c" stroke-width="3"/>""");
        w.Add($"""<line x1="{F(g.LowX)}" y1="{F(mid - 5)}" x2="{F(g.LowX)}" y2="{F(mid + 5)}" stroke="#00558c" stroke-width="2"/>""");
        w.Add($"""<line x1="{F(g.HighX)}" y1="{F(mid - 5)}" x2="{F(g.HighX)}" y2="{F(mid + 5)}" stroke="#00558c" stroke-width="2"/>""");
        w.Add($"""<circle class="rank" cx="{F(g.RankX)}" cy="{F(mid)}" r="4" fill="#1a1a1a"/></svg>""");
        return new TrustedHtml(w.ToString());
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
