namespace Assessment.Reporting.Pages;

/// <summary>
/// A rendered page and whether anyone may be served it from the cache: only pages of published results are public,
/// a draft page depends on who asked.
/// </summary>
public sealed record RenderedPage(int StatusCode, string Html, bool Public);
