using Assessment.Contracts.Scoring;
using Assessment.Reporting.Rendering;

namespace Assessment.Reporting.Pages;

/// <summary>One indicator's path: contribution ← weight × normalised ← treatment ← raw value ← the observation behind it.</summary>
public static class LineageList
{
    public static void Render(HtmlWriter w, PageContext page, IndicatorResult indicator, string unit)
    {
        w.Add($"""
            <dl class="lineage">
            <dt>{page.T("lineage.contribution")}</dt><dd>{page.Numbers.Score(indicator.Contribution)}</dd>
            <dt>{page.T("col.weight")}</dt><dd>{page.Numbers.Weight(indicator.Weight)}</dd>
            <dt>{page.T("col.normalised")}</dt><dd>{page.Numbers.Score(indicator.HasNormalised ? indicator.Normalised : null)}</dd>
            <dt>{page.T("col.treatment")}</dt><dd>{indicator.Treatment}</dd>
            <dt>{page.T("col.raw")}</dt><dd data-raw>{page.Numbers.Value(indicator.HasRaw ? indicator.Raw : null)} {unit}</dd>
            </dl>
            """);
        var source = indicator.Source;
        if (source is null || string.IsNullOrEmpty(source.SubmissionId))
        {
            w.Add($"""<p class="muted">{page.T("lineage.nosource")}</p>""");
            return;
        }

        var received = source.ReceivedAt is null ? "—" : page.Numbers.Time(source.ReceivedAt.ToDateTimeOffset());
        w.Add($"""
            <dl class="lineage observation">
            <dt>{page.T("lineage.submission")}</dt><dd data-submission>{source.SubmissionId}</dd>
            <dt>{page.T("lineage.revision")}</dt><dd>{source.Revision}</dd>
            <dt>{page.T("lineage.sender")}</dt><dd>{source.Sender}</dd>
            <dt>{page.T("lineage.received")}</dt><dd>{received}</dd>
            </dl>
            """);
    }
}
