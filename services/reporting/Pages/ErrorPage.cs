using Assessment.Reporting.Rendering;

namespace Assessment.Reporting.Pages;

/// <summary>A page that says plainly what went wrong: not found, sign in, not allowed, try later.</summary>
public static class ErrorPage
{
    public static RenderedPage Render(PageContext page, int statusCode, string titleKey, string textKey, string? detail = null)
    {
        var html = PageLayout.Render(page, page.T(titleKey), w =>
        {
            w.Add($"<h1>{page.T(titleKey)}</h1><p>{page.T(textKey)}</p>");
            if (!string.IsNullOrWhiteSpace(detail))
            {
                w.Add($"""<p class="muted">{detail}</p>""");
            }

            w.Add($"""<p><a href="{page.Link("/")}">{page.T("nav.home")}</a></p>""");
        });
        return new RenderedPage(statusCode, html, Public: false);
    }
}
