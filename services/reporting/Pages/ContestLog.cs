using Assessment.Contracts.Scoring;
using Assessment.Reporting.Contests;
using Assessment.Reporting.Rendering;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Pages;

/// <summary>
/// The right-of-reply section of a body page: its contests and their answers, and during review how to contest.
/// The portal has no sign-in, so a form could not say who is contesting; the page shows the API call instead
/// (the assess CLI wraps it), and stays readable without JavaScript.
/// </summary>
public static class ContestLog
{
    public static void Render(HtmlWriter w, PageContext page, Cycle cycle, string bodyCode, IReadOnlyList<Contest> contests, NameBook names)
    {
        w.Add($"""<section id="contests" aria-labelledby="contests-heading"><h2 id="contests-heading">{page.T("body.contests")}</h2>""");
        if (contests.Count == 0)
        {
            w.Add($"<p>{page.T("body.contests.none")}</p>");
        }
        else
        {
            w.Add($"""
                <table><caption>{page.T("body.contests.caption")}</caption>
                <thead><tr><th scope="col">{page.T("col.submitted")}</th><th scope="col">{page.T("col.target")}</th><th scope="col">{page.T("col.reason")}</th><th scope="col">{page.T("col.outcome")}</th><th scope="col">{page.T("col.answer")}</th></tr></thead><tbody>
                """);
            foreach (var contest in contests)
            {
                var target = contest.IndicatorCode is { } indicator ? names.Indicator(indicator, page.Language)
                    : contest.Area ?? page.T("contest.overall");
                var outcome = contest.Outcome is null ? page.T("contest.open") : page.T("outcome." + contest.Outcome);
                w.Add($"""
                    <tr data-contest="{contest.Id}" data-outcome="{contest.Outcome ?? contest.Status}"><td>{page.Numbers.Time(contest.SubmittedAt)}</td><td>{target}</td><td>{contest.Reason}</td>
                    <td>{outcome}</td><td>{contest.Answer ?? "—"}</td></tr>
                    """);
            }

            w.Raw("</tbody></table>");
        }

        if (cycle.State == CycleState.Review)
        {
            w.Add($"""
                <p>{page.T("body.contests.how")}</p>
                <pre><code>POST /api/v1/reporting/cycles/{cycle.CycleId}/contests
                Authorization: Bearer …
                {"{"}"bodyCode": "{bodyCode}", "indicatorCode": "…", "reason": "…"{"}"}</code></pre>
                """);
        }

        w.Raw("</section>");
    }
}
