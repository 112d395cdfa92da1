using Assessment.Contracts.Scoring;
using Assessment.Reporting.Rendering;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Pages;

/// <summary>
/// A methodology version in plain language: what it is (title, hash to cite), its other versions, and — read
/// from a published run under it — its areas and the effective weight of every indicator.
/// </summary>
public static class MethodologyPage
{
    public static string Render(PageContext page, MethodologySummary methodology, IReadOnlyList<MethodologySummary> versions,
        ScoreRunResult? example, NameBook names, VersionComparison.Result changes, IReadOnlyList<Consultation.Comment> comments)
    {
        var title = $"{page.T("methodology.heading")}: {methodology.Title} {methodology.Version}";
        return PageLayout.Render(page, title, w =>
        {
            w.Add($"<h1>{title}</h1>");
            w.Add($"<p>{page.T("methodology.plain")}</p>");
            w.Add($"""
                <table><caption>{page.T("methodology.caption")}</caption>
                <thead><tr><th scope="col">{page.T("col.version")}</th><th scope="col">{page.T("col.title")}</th><th scope="col">{page.T("col.registered")}</th><th scope="col">{page.T("col.hash")}</th></tr></thead><tbody>
                """);
            foreach (var version in versions)
            {
                var registered = version.RegisteredAt is null ? "—" : page.Numbers.Time(version.RegisteredAt.ToDateTimeOffset());
                w.Add($"""<tr><th scope="row"><a href="{page.Link(PageLinks.Methodology(version.Id, version.Version))}">{version.Version}</a></th><td>{version.Title}</td><td>{registered}</td><td><code>{version.Sha256}</code></td></tr>""");
            }

            w.Raw("</tbody></table>");
            Changes(w, page, methodology.Version, changes, names);
            Example(w, page, example, names);
            ConsultationThread.Render(w, page, methodology.Id, methodology.Version, comments, names);
        });
    }

    private static void Changes(HtmlWriter w, PageContext page, string version, VersionComparison.Result changes, NameBook names)
    {
        w.Add($"""<section id="changes"><h2>{page.T("methodology.changes")}</h2>""");
        if (changes.Previous is null)
        {
            w.Add($"<p>{page.T("methodology.changes.first")}</p></section>");
            return;
        }

        if (changes.Changes.Count == 0)
        {
            w.Add($"<p>{page.T("methodology.changes.none")} ({changes.Previous.Version})</p>");
        }
        else
        {
            w.Add($"""<table data-diff="{changes.Previous.Version}"><caption>{page.T("methodology.changes.caption")}: {changes.Previous.Version} → {version}</caption><tbody>""");
            foreach (var line in changes.Changes)
            {
                var sign = line.Kind == '+' ? "+" : "−";
                w.Add($"""<tr data-change="{line.Kind}"><td class="num">{line.Number}</td><td>{sign}</td><td><code>{line.Text}</code></td></tr>""");
            }

            w.Raw("</tbody></table>");
        }

        w.Add($"<h3>{page.T("methodology.comparison")}</h3>");
        if (changes.Rankings is { } rankings)
        {
            ComparisonTable.Render(w, page, rankings, names, page.T("methodology.comparison.caption"));
        }
        else
        {
            w.Add($"<p>{page.T("methodology.comparison.none")}</p>");
        }

        w.Raw("</section>");
    }

    private static void Example(HtmlWriter w, PageContext page, ScoreRunResult? example, NameBook names)
    {
        if (example is null || example.Bodies.Count == 0)
        {
            return;
        }

        w.Add($"<h2>{page.T("methodology.areas")}</h2><ul>");
        foreach (var node in example.NodeCodes)
        {
            w.Add($"<li>{node}</li>");
        }

        w.Raw("</ul>");
        var sample = example.Bodies.OrderByDescending(b => b.Indicators.Count).First();
        if (sample.Indicators.Count == 0)
        {
            return;
        }

        w.Add($"""
            <table><caption>{page.T("methodology.weights")} ({example.Cycle.CycleId})</caption>
            <thead><tr><th scope="col">{page.T("col.indicator")}</th><th scope="col" class="num">{page.T("col.weight")}</th><th scope="col">{page.T("col.treatment")}</th></tr></thead><tbody>
            """);
        foreach (var indicator in sample.Indicators.OrderByDescending(i => i.Weight))
        {
            w.Add($"""<tr><th scope="row">{names.Indicator(indicator.Code, page.Language)}</th><td class="num">{page.Numbers.Weight(indicator.Weight)}</td><td>{indicator.Treatment}</td></tr>""");
        }

        w.Raw("</tbody></table>");
    }
}
