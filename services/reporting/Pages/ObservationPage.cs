using Assessment.Contracts.Scoring;
using Assessment.Reporting.Rendering;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Pages;

/// <summary>The end of "why this score": one indicator of one body, from the published score down to the observation.</summary>
public static class ObservationPage
{
    public static string Render(PageContext page, ScoreRunResult result, BodyResult body, IndicatorResult indicator, NameBook names)
    {
        var bodyName = names.Body(body.BodyCode, page.Language);
        var indicatorName = names.Indicator(indicator.Code, page.Language);
        var title = $"{indicatorName} — {bodyName}";
        return PageLayout.Render(page, title, w =>
        {
            var back = page.Link(PageLinks.Body(result.Cycle.CycleId, body.BodyCode)) + "#" + PageLinks.WhyAnchor(indicator.Code);
            w.Add($"""<p class="no-print"><a href="{back}">← {bodyName}</a></p>""");
            w.Add($"<h1>{page.T("observation.heading")}</h1><h2>{title}</h2>");
            w.Add($"""<p>{page.T("lineage.score")} ({bodyName}, {result.Cycle.CycleId}, {page.T("national.run")} {result.Run.RunNumber}): <strong>{page.Numbers.Score(body.HasScore ? body.Score : null)}</strong></p>""");
            w.Raw("""<section class="why" id="observation">""");
            LineageList.Render(w, page, indicator, names.Unit(indicator.Code));
            w.Raw("</section>");
        });
    }
}
