using System.Net;
using System.Text;
using Assessment.Cli.Remote;

namespace Assessment.Cli.Tests.Remote;

public class HttpProblemTests
{
    private static HttpResponseMessage Response(HttpStatusCode status, string body, string mediaType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType), ReasonPhrase = status.ToString() };

    [Fact]
    public async Task A_problem_json_gives_its_title_and_detail_and_a_conflict_is_a_rejection()
    {
        using var response = Response(HttpStatusCode.Conflict,
            """{"type":"about:blank","title":"Not in review","status":409,"detail":"Cycle x is PUBLISHED; contests are accepted only while it is in REVIEW."}""",
            "application/problem+json");

        var failure = await HttpProblem.ReadAsync(response, CancellationToken.None);

        Assert.Equal("Not in review: Cycle x is PUBLISHED; contests are accepted only while it is in REVIEW.", failure.Message);
        Assert.Equal(ExitCodes.Rejected, failure.ExitCode);
        Assert.Null(failure.Hint);
    }

    [Fact]
    public async Task Validation_errors_are_listed_field_by_field()
    {
        using var response = Response(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"reason":["is required (1 to 4000 characters)"]}}""",
            "application/problem+json");

        var failure = await HttpProblem.ReadAsync(response, CancellationToken.None);

        Assert.Equal("One or more validation errors occurred.: reason: is required (1 to 4000 characters)", failure.Message);
    }

    [Fact]
    public async Task The_portal_s_html_error_page_gives_its_heading_and_detail_and_401_asks_for_a_token()
    {
        using var response = Response(HttpStatusCode.Unauthorized,
            """<html><body><h1>Sign in</h1><p>Drafts are shown to admins.</p><p class="muted">Run 1 of cycle c &amp; more</p></body></html>""", "text/html");

        var failure = await HttpProblem.ReadAsync(response, CancellationToken.None);

        Assert.Equal("401 Unauthorized: Sign in: Run 1 of cycle c & more", failure.Message);
        Assert.Equal(ExitCodes.Usage, failure.ExitCode);
        Assert.Contains("--token", failure.Hint);
    }
}
