using Assessment.Reporting.Consultation;
using Assessment.Reporting.Rendering;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Pages;

/// <summary>
/// The public consultation on a methodology version: every comment with what it is about, and the answer with its
/// comparison run. Comments are sent through the API by signed-in CSOs (the portal has no sign-in of its own).
/// </summary>
public static class ConsultationThread
{
    public static void Render(HtmlWriter w, PageContext page, string methodologyId, string version, IReadOnlyList<Comment> comments, NameBook names)
    {
        w.Add($"""<section id="consultation" aria-labelledby="consultation-heading"><h2 id="consultation-heading">{page.T("methodology.consultation")}</h2>""");
        if (comments.Count == 0)
        {
            w.Add($"<p>{page.T("methodology.consultation.none")}</p>");
        }

        foreach (var comment in comments)
        {
            var target = comment.TargetKind == "indicator" ? names.Indicator(comment.Target, page.Language) : comment.Target;
            w.Add($"""
                <article data-comment="{comment.Id}">
                <h3>{comment.TargetKind}: {target}</h3>
                <p class="meta">{comment.SubmittedBy}, {page.Numbers.Time(comment.SubmittedAt)}</p>
                <blockquote>{comment.Text}</blockquote>
                """);
            if (comment.Answer is not null)
            {
                w.Add($"""<div class="answer" data-answered><p><strong>{page.T("col.answer")}</strong> ({comment.AnsweredBy}, {page.Numbers.Time(comment.AnsweredAt ?? comment.SubmittedAt)}): {comment.Answer}</p></div>""");
            }

            if (comment.Comparison is { } comparison)
            {
                ComparisonTable.Render(w, page, comparison, names, page.T("methodology.consultation.comparison"));
            }

            w.Raw("</article>");
        }

        w.Add($"""
            <p>{page.T("methodology.consultation.how")}</p>
            <pre><code>POST /api/v1/reporting/consultations/{methodologyId}/{version}/comments
            Authorization: Bearer …
            {"{"}"targetKind": "indicator|weight|rule", "target": "…", "text": "…"{"}"}</code></pre>
            </section>
            """);
    }
}
