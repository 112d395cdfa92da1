namespace Assessment.Reporting.Localisation;

/// <summary>
/// Picks the page language: ?lang= first (and remembered in a cookie, so the next link keeps it), then the cookie,
/// then the browser's Accept-Language, then Kazakh, the state language.
/// </summary>
public static class LanguageSelector
{
    public const string CookieName = "lang";
    public const string QueryName = "lang";

    public static string Select(HttpContext context)
    {
        var query = context.Request.Query[QueryName].ToString();
        if (Language.IsKnown(query))
        {
            context.Response.Cookies.Append(CookieName, query, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
            return query;
        }

        if (context.Request.Cookies.TryGetValue(CookieName, out var cookie) && Language.IsKnown(cookie))
        {
            return cookie;
        }

        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(Language.IsKnown);
        return accepted ?? Language.Kazakh;
    }
}
