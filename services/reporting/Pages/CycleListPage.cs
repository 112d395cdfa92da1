using Assessment.Contracts.Scoring;
using Assessment.Reporting.Rendering;

namespace Assessment.Reporting.Pages;

/// <summary>The home page: every assessment cycle with its period, methodology and state.</summary>
public static class CycleListPage
{
    public static string Render(PageContext page, IReadOnlyList<Cycle> cycles) =>
        PageLayout.Render(page, page.T("cycles.heading"), w =>
        {
            w.Add($"<h1>{page.T("cycles.heading")}</h1>");
            if (cycles.Count == 0)
            {
                w.Add($"<p>{page.T("cycles.none")}</p>");
                return;
            }

            w.Add($"""
                <table><caption>{page.T("cycles.caption")}</caption>
                <thead><tr><th scope="col">{page.T("col.cycle")}</th><th scope="col">{page.T("col.period")}</th><th scope="col">{page.T("col.methodology")}</th><th scope="col">{page.T("col.state")}</th></tr></thead><tbody>
                """);
            foreach (var cycle in cycles.OrderByDescending(c => c.Period, StringComparer.Ordinal).ThenBy(c => c.CycleId, StringComparer.Ordinal))
            {
                w.Add($"""
                    <tr data-cycle="{cycle.CycleId}"><th scope="row"><a href="{page.Link(PageLinks.Cycle(cycle.CycleId))}">{cycle.CycleId}</a></th><td>{cycle.Period}</td>
                    <td><a href="{page.Link(PageLinks.Methodology(cycle.MethodologyId, cycle.MethodologyVersion))}">{cycle.MethodologyId} {cycle.MethodologyVersion}</a></td>
                    <td>{page.T(StateLabel.Key(cycle.State))}</td></tr>
                    """);
            }

            w.Raw("</tbody></table>");
        });
}
