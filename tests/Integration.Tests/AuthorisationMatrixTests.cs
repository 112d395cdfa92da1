using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Assessment.ServiceDefaults.Security;

namespace Assessment.Integration.Tests;

/// <summary>
/// Who may call which write, admin and restricted read endpoint: every role against every endpoint, through the
/// gateway and again directly at the service that owns it. A refusal is 401 for anonymous callers and 403 for
/// authenticated ones, problem+json from the APIs and an HTML page from the portal; every other answer (200, or
/// 400/404 for the deliberately harmless requests below) means the call was let through. Requests change nothing:
/// dry runs, unknown ids, invalid input checked only after the caller's rights. Reporting rows use cycles set up once
/// (<see cref="MatrixCycles"/>).
/// </summary>
[Collection(SystemCollection.Name)]
public class AuthorisationMatrixTests(RunningSystem system)
{
    private const string Anonymous = "anonymous";
    private const string ReporterKz11 = "reporter KZ-11";
    private const string ReporterOther = "reporter KZ-59";
    private const string Analyst = "analyst";
    private const string Cso = "cso";
    private const string Admin = "methodology-admin";
    private const string Service = "service";

    private static readonly string[] EveryRole = [Anonymous, ReporterKz11, ReporterOther, Analyst, Cso, Admin, Service];

    private const string FeedKz11 = """{"submissionId":"matrix-2017","dryRun":true,"observations":[{"bodyCode":"KZ-11","indicatorCode":"avg_salary","period":"2017","value":250000}]}""";
    private const string CsvKz11 = "body,indicator,period,value\nKZ-11,avg_salary,2017,250000\n";

    /// <summary>The specification: endpoint, owning service, and exactly the roles allowed.</summary>
    public static readonly TheoryData<string, string, string, string, string, string> Matrix = new()
    {
        // name,                         service,      method, path,                                                  body,                                                    allowed (comma-separated)
        { "submit a feed (JSON)",        "indicators", "POST", "/api/v1/submissions",                                 FeedKz11,                                                $"{ReporterKz11},{Admin}" },
        { "submit a feed (CSV)",         "indicators", "POST", "/api/v1/feeds/csv?dryRun=true",                       CsvKz11,                                                 $"{ReporterKz11},{Admin}" },
        { "read an observation history", "indicators", "GET",  "/api/v1/observations/KZ-11/avg_salary/2017/history",  "",                                                      $"{ReporterKz11},{Analyst},{Admin},{Service}" },
        { "read completeness",           "indicators", "GET",  "/api/v1/quality/completeness/KZ-11/2017",             "",                                                      $"{ReporterKz11},{Analyst},{Admin},{Service}" },
        { "close a period",              "indicators", "POST", "/api/v1/periods/close",                               """{"codes":["1900"],"reason":"matrix"}""",              $"{Admin}" },
        { "reopen a period",             "indicators", "POST", "/api/v1/periods/reopen",                              """{"codes":["1900"],"reason":"matrix"}""",              $"{Admin}" },
        { "save a body",                 "indicators", "POST", "/api/v1/bodies",                                      """{"body":{"code":"kz bad"},"reason":"matrix"}""",      $"{Admin}" },
        { "read the catalogue audit",    "indicators", "GET",  "/api/v1/catalogue/audit?limit=1",                     "",                                                      $"{Admin}" },
        { "issue a credential",          "indicators", "POST", "/api/v1/credentials",                                 """{"subject":""}""",                                    $"{Admin}" },
        { "list credentials",            "indicators", "GET",  "/api/v1/credentials?subject=nobody",                  "",                                                      $"{Admin}" },
        { "revoke a credential",         "indicators", "POST", "/api/v1/credentials/revoke",                          """{"reason":"matrix"}""",                               $"{Admin}" },
        { "read the credential audit",   "indicators", "GET",  "/api/v1/credentials/audit?limit=1",                   "",                                                      $"{Admin}" },
        { "publish a methodology",       "scoring",    "POST", "/api/v1/methodologies",                               """{"yaml":"not: a methodology"}""",                    $"{Admin}" },
        { "open a cycle",                "scoring",    "POST", "/api/v1/scoring/cycles",                              """{"cycleId":"X","period":"2017"}""",                  $"{Admin}" },
        { "move a cycle",                "scoring",    "POST", "/api/v1/scoring/cycles/no-such-cycle/state",          """{"to":"CLOSED","reason":"matrix"}""",                $"{Admin}" },
        { "compute a run",               "scoring",    "POST", "/api/v1/scoring/cycles/no-such-cycle/runs",           "{}",                                                    $"{Admin}" },
        { "compare methodologies",       "scoring",    "POST", "/api/v1/scoring/cycles/no-such-cycle/compare",        "{}",                                                    $"{Analyst},{Admin}" },
        { "read the scoring audit",      "scoring",    "GET",  "/api/v1/scoring/audit?limit=1",                       "",                                                      $"{Admin}" },
        // Right of reply: the body concerned contests while the cycle is in review; the centre answers.
        { "contest a score",             "reporting",  "POST", "/api/v1/reporting/cycles/{review}/contests",          ContestKz11,                                             $"{ReporterKz11},{Admin}" },
        { "answer a contest",            "reporting",  "POST", $"/api/v1/reporting/contests/{NoSuchId}/answer",       """{"answer":"The matrix answers nothing.","outcome":"rejected"}""", $"{Admin}" },
        { "list contests in review",     "reporting",  "GET",  "/api/v1/reporting/cycles/{review}/contests",          "",                                                      $"{ReporterKz11},{ReporterOther},{Analyst},{Cso},{Admin},{Service}" },
        { "list contests once published","reporting",  "GET",  "/api/v1/reporting/cycles/{published}/contests",       "",                                                      string.Join(',', EveryRole) },
        // Consultation: registered CSOs and the centre comment, the centre answers, everyone reads the thread.
        { "comment on a methodology",    "reporting",  "POST", "/api/v1/reporting/consultations/{methodology}/comments", CommentOnNothing,                                     $"{Cso},{Admin}" },
        { "answer a comment",            "reporting",  "POST", $"/api/v1/reporting/comments/{NoSuchId}/answer",       """{"text":"The matrix answers nothing."}""",           $"{Admin}" },
        { "read a consultation thread",  "reporting",  "GET",  "/api/v1/reporting/consultations/{methodology}/comments", "",                                                   string.Join(',', EveryRole) },
        { "read the reporting audit",    "reporting",  "GET",  "/api/v1/reporting/audit?limit=1",                     "",                                                      $"{Admin}" },
        // Draft results: the body concerned and the centre (analysts and services too; each reporter sees only its own
        // rows of the whole-cycle download). Published results: everyone.
        { "read a draft body page",      "reporting",  "GET",  "/cycles/{draft}/bodies/KZ-11?lang=en",                "",                                                      $"{ReporterKz11},{Admin},{Service}" },
        { "download draft open data",    "reporting",  "GET",  "/open-data/{draft}/run-{draftRun}.csv",               "",                                                      $"{ReporterKz11},{ReporterOther},{Admin},{Service}" },
        { "read draft scores",           "scoring",    "GET",  "/api/v1/scoring/cycles/{draft}/scores?bodyCode=KZ-11", "",                                                     $"{ReporterKz11},{Admin},{Service}" },
        { "read a published body page",  "reporting",  "GET",  "/cycles/{published}/bodies/KZ-11?lang=en",            "",                                                      string.Join(',', EveryRole) },
        { "read published scores",       "scoring",    "GET",  "/api/v1/scoring/cycles/{published}/scores?bodyCode=KZ-11", "",                                                 string.Join(',', EveryRole) },
    };

    // Harmless on purpose: each is refused for what it names only after the caller's rights were checked.
    private const string NoSuchId = "00000000-0000-4000-8000-000000000000";
    private const string ContestKz11 = """{"bodyCode":"KZ-11","indicatorCode":"no_such_indicator","reason":"The matrix checks who may contest; this indicator does not exist."}""";
    private const string CommentOnNothing = """{"targetKind":"indicator","target":"no_such_indicator","text":"The matrix checks who may comment; this indicator does not exist."}""";

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Through_the_gateway_exactly_the_allowed_roles_get_through(string name, string service, string method, string path, string body, string allowed) =>
        await AssertMatrixRow(system.Gateway, $"{name} (gateway, then {service})", method, path, body, allowed);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task At_the_owning_service_exactly_the_allowed_roles_get_through(string name, string service, string method, string path, string body, string allowed) =>
        await AssertMatrixRow(system.ServiceHttp(service), $"{name} ({service})", method, path, body,
            AlsoAllowedAtTheService.TryGetValue(name, out var more) ? $"{allowed},{more}" : allowed);

    /// <summary>Scoring closes a cycle's period in indicators as a service, directly; the gateway never lets a service token do it.</summary>
    private static readonly Dictionary<string, string> AlsoAllowedAtTheService = new() { ["close a period"] = Service };

    private async Task AssertMatrixRow(HttpClient client, string name, string method, string path, string body, string allowed)
    {
        path = (await MatrixCycles.ForAsync(system)).Resolve(path);
        // The portal answers a refusal with a page; the APIs (open data included) with problem+json.
        var refusalType = path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/open-data/", StringComparison.Ordinal)
            ? "application/problem+json"
            : "text/html";
        var expected = allowed.Split(',').ToHashSet();
        var outcomes = new List<string>();
        foreach (var role in EveryRole)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST")
            {
                request.Content = new StringContent(body, Encoding.UTF8, path.Contains("/csv", StringComparison.Ordinal) ? "text/csv" : "application/json");
            }

            if (TokenFor(role) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var refused = status is 401 or 403;
            outcomes.Add($"{role}: {status}");
            if (refused)
            {
                Assert.True(status == (role == Anonymous ? 401 : 403), $"{name}: {role} was refused with {status}; anonymous gets 401, others 403");
                Assert.True(refusalType == response.Content.Headers.ContentType?.MediaType, $"{name}: {role}'s refusal is {response.Content.Headers.ContentType}, not {refusalType}");
            }

            Assert.True(expected.Contains(role) != refused, $"{name}: {role} got {status}; allowed are {allowed}. All: {string.Join("; ", outcomes)}");
        }
    }

    private string? TokenFor(string role) => role switch
    {
        Anonymous => null,
        ReporterKz11 => system.Token("matrix-reporter-kz11", [Roles.Reporter], "KZ-11"),
        ReporterOther => system.Token("matrix-reporter-kz59", [Roles.Reporter], "KZ-59"),
        Analyst => system.Token("matrix-analyst", [Roles.Analyst]),
        Cso => system.Token("matrix-cso", [Roles.Cso]),
        Admin => system.Token("matrix-admin", [Roles.MethodologyAdmin]),
        Service => system.Token("service:matrix", [Roles.Service]),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not in the matrix"),
    };
}
