using Assessment.Reporting.Consultation;
using Assessment.Reporting.Rendering;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Pages;

/// <summary>Rankings of one cycle's bodies under two methodology versions, largest shifts first.</summary>
public static class ComparisonTable
{
    public static void Render(HtmlWriter w, PageContext page, ComparisonSummary comparison, NameBook names, string caption)
    {
        w.Add($"""
            <table data-comparison="{comparison.CycleId}"><caption>{caption}: {comparison.CycleId}, {comparison.VersionA} → {comparison.VersionB} ({comparison.BodiesMoved}/{comparison.BodiesCompared})</caption>
            <thead><tr><th scope="col">{page.T("col.body")}</th><th scope="col" class="num">{page.T("col.rank")} {comparison.VersionA}</th><th scope="col" class="num">{page.T("col.rank")} {comparison.VersionB}</th>
            <th scope="col" class="num">{page.T("col.shift")}</th><th scope="col" class="num">{page.T("col.score")} {comparison.VersionA}</th><th scope="col" class="num">{page.T("col.score")} {comparison.VersionB}</th></tr></thead><tbody>
            """);
        foreach (var shift in comparison.Shifts)
        {
            w.Add($"""
                <tr data-shift-body="{shift.BodyCode}"><th scope="row">{names.Body(shift.BodyCode, page.Language)}</th><td class="num">{shift.RankA}</td><td class="num">{shift.RankB}</td>
                <td class="num">{page.Numbers.RankChange(shift.Shift)}</td><td class="num">{page.Numbers.Score(shift.ScoreA)}</td><td class="num">{page.Numbers.Score(shift.ScoreB)}</td></tr>
                """);
        }

        w.Raw("</tbody></table>");
    }
}
