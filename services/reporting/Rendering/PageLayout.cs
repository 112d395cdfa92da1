using Assessment.Reporting.Localisation;

namespace Assessment.Reporting.Rendering;

/// <summary>The frame of every page: lang attribute, skip link, site header with the language switch, main, footer.</summary>
public static class PageLayout
{
    public static string Render(PageContext page, string title, Action<HtmlWriter> body, string? pdfPath = null)
    {
        var html = new HtmlWriter();
        html.Add($"""
            <!DOCTYPE html>
            <html lang="{page.Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} — {page.T("site.title")}</title>
            <style>{new TrustedHtml(Styles.Css)}</style>
            </head>
            <body>
            <a class="skip" href="#main">{page.T("site.skip")}</a>
            <header class="site">
            <a class="brand" href="{page.Link("/")}">{page.T("site.title")}</a>
            <nav class="languages" aria-label="{page.T("nav.language")}"><ul>
            """);
        foreach (var language in Language.All)
        {
            var current = language == page.Language ? "true" : "false";
            html.Add($"""<li><a href="{page.Path}?lang={language}" hreflang="{language}" lang="{language}" aria-current="{current}" data-lang="{language}">{LanguageName(language)}</a></li>""");
        }

        html.Add($"""
            </ul></nav>
            </header>
            <main id="main">
            """);
        if (pdfPath is not null)
        {
            html.Add($"""<p class="downloads no-print"><a href="{page.Link(pdfPath)}">{page.T("nav.print")}</a></p>""");
        }

        body(html);
        html.Add($"""
            </main>
            <footer><p>{page.T("site.title")}</p></footer>
            </body>
            </html>
            """);
        return html.ToString();
    }

    // Each language is named in itself, as a reader who does not know the current language looks for it.
    private static string LanguageName(string language) => language switch
    {
        Language.Kazakh => "Қазақша",
        Language.Russian => "Русский",
        _ => "English",
    };
}
