using Assessment.Reporting.Pdf;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Pages;

/// <summary>The portal's HTML pages and their PDF prints.</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http, PageServer server, PageRenderer renderer, CancellationToken ct) =>
            server.ServeAsync(http, "cycles", null, (page, bearer) => renderer.CyclesAsync(page, bearer, ct)));

        app.MapGet("/cycles/{cycleId}", (HttpContext http, string cycleId, PageServer server, PageRenderer renderer, CancellationToken ct) =>
            server.ServeAsync(http, "national", cycleId, (page, bearer) => renderer.NationalAsync(page, cycleId, bearer, ct)));

        app.MapGet("/cycles/{cycleId}/bodies/{code}", (HttpContext http, string cycleId, string code, PageServer server, PageRenderer renderer, CancellationToken ct) =>
            server.ServeAsync(http, "body", cycleId, (page, bearer) => renderer.BodyAsync(page, cycleId, code, bearer, Api.Caller.Of(http), ct)));

        app.MapGet("/cycles/{cycleId}/bodies/{code}/indicators/{indicator}",
            (HttpContext http, string cycleId, string code, string indicator, PageServer server, PageRenderer renderer, CancellationToken ct) =>
                server.ServeAsync(http, "observation", cycleId, (page, bearer) => renderer.ObservationAsync(page, cycleId, code, indicator, bearer, ct)));

        app.MapGet("/methodologies/{id}/{version}", (HttpContext http, string id, string version, PageServer server, PageRenderer renderer, CancellationToken ct) =>
            server.ServeAsync(http, "methodology", null, (page, _) => renderer.MethodologyAsync(page, id, version, ct)));

        app.MapGet("/cycles/{cycleId}.pdf", (HttpContext http, string cycleId, PageServer server, PageRenderer renderer, PdfPrinter printer, CancellationToken ct) =>
            PrintAsync(http, server, printer, $"{cycleId}.pdf", page => renderer.NationalAsync(page, cycleId, CallerToken.From(http), ct), ct));

        app.MapGet("/cycles/{cycleId}/bodies/{code}.pdf", (HttpContext http, string cycleId, string code, PageServer server, PageRenderer renderer, PdfPrinter printer, CancellationToken ct) =>
            PrintAsync(http, server, printer, $"{cycleId}-{code}.pdf", page => renderer.BodyAsync(page, cycleId, code, CallerToken.From(http), Api.Caller.Of(http), ct), ct));
        return app;
    }

    // The PDF is printed from the very page a reader would get, in the reader's language and with the reader's rights.
    private static async Task<IResult> PrintAsync(HttpContext http, PageServer server, PdfPrinter printer, string fileName,
        Func<Rendering.PageContext, Task<RenderedPage>> render, CancellationToken cancellationToken)
    {
        var rendered = await render(server.Context(http));
        if (rendered.StatusCode != StatusCodes.Status200OK)
        {
            return Results.Content(rendered.Html, "text/html; charset=utf-8", statusCode: rendered.StatusCode);
        }

        var pdf = await printer.PrintAsync(rendered.Html, cancellationToken);
        http.Response.Headers.CacheControl = rendered.Public ? "public, max-age=60" : "private, no-store";
        return Results.File(pdf, "application/pdf", fileName);
    }
}
