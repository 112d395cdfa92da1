using Assessment.Contracts.Scoring;
using Assessment.Reporting.Rendering;

namespace Assessment.Reporting.Pages;

/// <summary>The lines under a results heading: period, methodology, state, run and where to download it.</summary>
public static class RunSummaryBlock
{
    public static void Render(HtmlWriter w, PageContext page, Cycle cycle, RunSummary run)
    {
        var computed = run.ComputedAt is null ? "—" : page.Numbers.Time(run.ComputedAt.ToDateTimeOffset());
        w.Add($"""
            <p class="meta">{page.T("col.period")}: {cycle.Period} ·
            {page.T("col.methodology")}: <a href="{page.Link(PageLinks.Methodology(run.MethodologyId, run.MethodologyVersion))}">{run.MethodologyId} {run.MethodologyVersion}</a> ·
            {page.T("col.state")}: <span data-state="{StateLabel.Name(cycle.State)}">{page.T(StateLabel.Key(cycle.State))}</span> ·
            {page.T("national.run")}: <span data-run="{run.RunNumber}">{run.RunNumber}</span> ·
            {page.T("national.computed")}: {computed}</p>
            """);
        if (cycle.State != CycleState.Published)
        {
            w.Add($"""<p class="notice" role="note">{page.T("national.draft")}</p>""");
        }

        w.Add($"""
            <p class="downloads">{page.T("nav.opendata")}:
            <a href="{PageLinks.OpenData(cycle.CycleId, run.RunNumber, "csv")}" download>CSV</a>
            <a href="{PageLinks.OpenData(cycle.CycleId, run.RunNumber, "json")}">JSON</a>
            <a href="{PageLinks.OpenData(cycle.CycleId, run.RunNumber, "columns.json")}">{page.T("opendata.columns")}</a></p>
            """);
    }
}
