using Assessment.Contracts.Scoring;
using Assessment.Reporting.Charts;
using Assessment.Reporting.Rendering;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Pages;

/// <summary>
/// One body's scorecard: score per area as bars, each indicator's value, normalised score, weight and
/// contribution, flags, and "why this score" down to every observation (an anchor per indicator).
/// </summary>
public static class BodyPage
{
    public static string Render(PageContext page, ScoreRunResult result, BodyResult body, NameBook names,
        IReadOnlyList<(string Period, double Score)> trend, IReadOnlyList<Contests.Contest> contests)
    {
        var cycle = result.Cycle;
        var name = names.Body(body.BodyCode, page.Language);
        return PageLayout.Render(page, name, w =>
        {
            w.Add($"""<p class="no-print"><a href="{page.Link(PageLinks.Cycle(cycle.CycleId))}">← {page.T("body.back")}</a></p>""");
            w.Add($"""<h1>{name} <span class="muted">({body.BodyCode})</span></h1>""");
            RunSummaryBlock.Render(w, page, cycle, result.Run);
            Summary(w, page, body);
            Areas(w, page, result, body);
            Trend(w, page, trend);
            Indicators(w, page, cycle.CycleId, body, names);
            Why(w, page, cycle.CycleId, body, names);
            ContestLog.Render(w, page, cycle, body.BodyCode, contests, names);
        }, PageLinks.BodyPdf(cycle.CycleId, body.BodyCode));
    }

    private static void Summary(HtmlWriter w, PageContext page, BodyResult body)
    {
        var flags = body.Flags.Count == 0 ? page.T("value.none") : string.Join(", ", body.Flags);
        w.Add($"""
            <dl class="lineage summary">
            <dt>{page.T("col.score")}</dt><dd data-score>{page.Numbers.Score(body.HasScore ? body.Score : null)}</dd>
            <dt>{page.T("col.rank")}</dt><dd>{body.Rank} ({page.T(PeerGroups.LabelKey(body.PeerGroup))}: {body.PeerRank})</dd>
            """);
        if (body.RankP05 > 0 && body.RankP95 > 0)
        {
            w.Add($"<dt>{page.T("col.interval")}</dt><dd>{body.RankP05}–{body.RankP95}</dd>");
        }

        w.Add($"""
            <dt>{page.T("col.band")}</dt><dd>{body.Band}</dd>
            <dt>{page.T("col.change")}</dt><dd>{page.Numbers.Change(body.HasChange ? body.Change : null)} {page.Numbers.RankChange(body.HasRankChange ? body.RankChange : null)}</dd>
            <dt>{page.T("col.coverage")}</dt><dd>{page.Numbers.Percent(body.Coverage)}</dd>
            <dt>{page.T("col.flags")}</dt><dd>{flags}</dd>
            </dl>
            """);
    }

    private static void Areas(HtmlWriter w, PageContext page, ScoreRunResult result, BodyResult body)
    {
        // Methodology order, root first, as scoring lists the node codes; nodes this body lacks are skipped.
        var byCode = body.Nodes.ToDictionary(n => n.Code);
        var nodes = result.NodeCodes.Where(byCode.ContainsKey).Select(c => byCode[c]).ToList();
        if (nodes.Count == 0)
        {
            nodes = body.Nodes.ToList();
        }

        w.Add($"<h2>{page.T("body.areas")}</h2>");
        var bars = nodes.Select(n => (n.Code, n.Withheld || !n.HasScore ? (double?)null : n.Score,
            n.Withheld ? page.T("value.withheld") : page.Numbers.Score(n.HasScore ? n.Score : null))).ToList();
        w.Add($"<figure>{BarChart.Render(bars, page.T("body.areas"))}</figure>");
        w.Add($"""
            <table><caption>{page.T("body.areas.caption")}</caption>
            <thead><tr><th scope="col">{page.T("col.area")}</th><th scope="col" class="num">{page.T("col.score")}</th><th scope="col" class="num">{page.T("col.coverage")}</th><th scope="col" class="num">{page.T("col.change")}</th></tr></thead><tbody>
            """);
        foreach (var node in nodes)
        {
            var score = node.Withheld ? page.T("value.withheld") : page.Numbers.Score(node.HasScore ? node.Score : null);
            w.Add($"""<tr data-node="{node.Code}"><th scope="row">{node.Code}</th><td class="num">{score}</td><td class="num">{page.Numbers.Percent(node.Coverage)}</td><td class="num">{page.Numbers.Change(node.HasChange ? node.Change : null)}</td></tr>""");
        }

        w.Raw("</tbody></table>");
    }

    private static void Trend(HtmlWriter w, PageContext page, IReadOnlyList<(string Period, double Score)> trend)
    {
        w.Add($"<h2>{page.T("body.trend")}</h2>");
        var points = trend.Select(p => new TrendPoint(p.Period, p.Score, page.Numbers.Score(p.Score))).ToList();
        w.Add($"""<figure data-trend="{points.Count}">{TrendChart.Render(points, page.T("body.trend.caption"))}<figcaption>{page.T("body.trend.caption")}</figcaption></figure>""");
        w.Add($"""
            <table><caption>{page.T("body.trend.caption")}</caption>
            <thead><tr><th scope="col">{page.T("col.period")}</th><th scope="col" class="num">{page.T("col.score")}</th></tr></thead><tbody>
            """);
        foreach (var point in points)
        {
            w.Add($"""<tr data-period="{point.Period}"><th scope="row">{point.Period}</th><td class="num">{point.ValueText}</td></tr>""");
        }

        w.Raw("</tbody></table>");
    }

    private static void Indicators(HtmlWriter w, PageContext page, string cycleId, BodyResult body, NameBook names)
    {
        w.Add($"""
            <h2>{page.T("body.indicators")}</h2>
            <table><caption>{page.T("body.indicators.caption")}</caption>
            <thead><tr><th scope="col">{page.T("col.indicator")}</th><th scope="col" class="num">{page.T("col.raw")}</th><th scope="col" class="num">{page.T("col.normalised")}</th>
            <th scope="col" class="num">{page.T("col.weight")}</th><th scope="col" class="num">{page.T("col.contribution")}</th><th scope="col">{page.T("col.treatment")}</th></tr></thead><tbody>
            """);
        foreach (var indicator in body.Indicators)
        {
            var unit = names.Unit(indicator.Code);
            w.Add($"""
                <tr data-indicator="{indicator.Code}"><th scope="row"><a href="#{PageLinks.WhyAnchor(indicator.Code)}">{names.Indicator(indicator.Code, page.Language)}</a></th>
                <td class="num">{page.Numbers.Value(indicator.HasRaw ? indicator.Raw : null)} {unit}</td><td class="num">{page.Numbers.Score(indicator.HasNormalised ? indicator.Normalised : null)}</td>
                <td class="num">{page.Numbers.Weight(indicator.Weight)}</td><td class="num">{page.Numbers.Score(indicator.Contribution)}</td><td>{indicator.Treatment}</td></tr>
                """);
        }

        w.Raw("</tbody></table>");
    }

    private static void Why(HtmlWriter w, PageContext page, string cycleId, BodyResult body, NameBook names)
    {
        w.Add($"""
            <section class="why" id="why" aria-labelledby="why-heading">
            <h2 id="why-heading">{page.T("body.why")}</h2>
            <p>{page.T("body.why.intro")}</p>
            <p>{page.T("lineage.score")}: <strong>{page.Numbers.Score(body.HasScore ? body.Score : null)}</strong></p>
            """);
        foreach (var indicator in body.Indicators)
        {
            w.Add($"""<article id="{PageLinks.WhyAnchor(indicator.Code)}"><h3>{names.Indicator(indicator.Code, page.Language)} <span class="muted">({indicator.Code})</span></h3>""");
            LineageList.Render(w, page, indicator, names.Unit(indicator.Code));
            if (indicator.Source is not null && !string.IsNullOrEmpty(indicator.Source.SubmissionId))
            {
                w.Add($"""<p><a class="observation-link" href="{page.Link(PageLinks.Observation(cycleId, body.BodyCode, indicator.Code))}">{page.T("lineage.open")}</a></p>""");
            }

            w.Raw("</article>");
        }

        w.Raw("</section>");
    }
}
