using Assessment.Contracts.Scoring;
using Assessment.Reporting.Charts;
using Assessment.Reporting.Rendering;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Pages;

/// <summary>
/// The national ranking of one cycle: a table per peer group with score, band, the rank's uncertainty as an error
/// bar, change since the previous period and data coverage.
/// </summary>
public static class NationalPage
{
    public static string Render(PageContext page, ScoreRunResult result, NameBook names)
    {
        var cycle = result.Cycle;
        var run = result.Run;
        var title = $"{page.T("national.heading")}: {cycle.CycleId}";
        var axis = Math.Max(result.Bodies.Count, result.Bodies.Select(b => Math.Max(b.RankP95, b.RankP05)).DefaultIfEmpty(0).Max());
        return PageLayout.Render(page, title, w =>
        {
            w.Add($"<h1>{title}</h1>");
            RunSummaryBlock.Render(w, page, cycle, run);
            if (result.Bodies.Count == 0)
            {
                w.Add($"<p>{page.T("national.empty")}</p>");
                return;
            }

            w.Add($"""<p class="muted">{page.T("national.interval.note")}</p>""");
            foreach (var group in result.Bodies.GroupBy(b => b.PeerGroup).OrderBy(g => PeerGroups.Position(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var label = page.T(PeerGroups.LabelKey(group.Key));
                w.Add($"""
                    <section class="peer-group" data-peer-group="{group.Key}">
                    <h2>{label}</h2>
                    <table><caption>{page.T("national.caption")}: {label}</caption>
                    <thead><tr><th scope="col" class="num">{page.T("col.rank")}</th><th scope="col">{page.T("col.body")}</th><th scope="col" class="num">{page.T("col.score")}</th>
                    <th scope="col">{page.T("col.band")}</th><th scope="col">{page.T("col.interval")}</th><th scope="col" class="num">{page.T("col.change")}</th><th scope="col" class="num">{page.T("col.coverage")}</th></tr></thead><tbody>
                    """);
                foreach (var body in group.OrderBy(b => b.PeerRank > 0 ? b.PeerRank : int.MaxValue).ThenBy(b => b.Rank).ThenBy(b => b.BodyCode, StringComparer.Ordinal))
                {
                    Row(w, page, cycle.CycleId, body, names, axis);
                }

                w.Raw("</tbody></table></section>");
            }
        }, PageLinks.CyclePdf(cycle.CycleId));
    }

    private static void Row(HtmlWriter w, PageContext page, string cycleId, BodyResult body, NameBook names, int axis)
    {
        var name = names.Body(body.BodyCode, page.Language);
        var rank = body.PeerRank > 0 ? body.PeerRank : body.Rank;
        var interval = body.RankP05 > 0 && body.RankP95 > 0
            ? RankIntervalChart.Render(body.Rank, body.RankP05, body.RankP95, axis, $"{page.T("col.rank")} {body.Rank}: {body.RankP05}–{body.RankP95}")
            : new TrustedHtml("—");
        var change = page.Numbers.Change(body.HasChange ? body.Change : null);
        var rankChange = page.Numbers.RankChange(body.HasRankChange ? body.RankChange : null);
        w.Add($"""
            <tr data-body="{body.BodyCode}"><td class="num">{rank}</td><th scope="row"><a href="{page.Link(PageLinks.Body(cycleId, body.BodyCode))}">{name}</a></th>
            <td class="num">{page.Numbers.Score(body.HasScore ? body.Score : null)}</td><td>{body.Band}</td><td>{interval}</td>
            <td class="num">{change} {rankChange}</td><td class="num">{page.Numbers.Percent(body.Coverage)}</td></tr>
            """);
    }
}
