using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Assessment.Contracts.Indicators;
using Grpc.Core;

namespace Assessment.Integration.Tests;

/// <summary>
/// Codes and names carrying SQL, HTML and control characters: codes are refused with an error that names the field
/// and shows the value harmlessly; free text is stored as sent and shown escaped in the portal.
/// </summary>
[Collection(SystemCollection.Name)]
public class UnsafeInputTests(RunningSystem system)
{
    private const string Sql = "KZ-11'; DROP TABLE bodies;--";
    private const string Html = "<script>alert('x')</script>";

    [Theory]
    [InlineData(Sql)]
    [InlineData(Html)]
    [InlineData("KZ-\u0007BELL")]
    public async Task A_body_code_with_sql_html_or_control_characters_is_refused_naming_the_code(string code)
    {
        var body = new Body { Code = code, Name = new LocalisedText { Kk = "a", Ru = "b", En = "c" }, Kind = BodyKind.Oblast, PeerGroup = "regions", ActiveFrom = "2020-01-01" };

        var error = await Assert.ThrowsAsync<RpcException>(() => new Catalogue.CatalogueClient(system.GatewayGrpc)
            .SaveBodyAsync(new SaveBodyRequest { Body = body, Reason = "probe" }, RunningSystem.WithToken(system.AdminToken())).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("code '", error.Status.Detail);
        Assert.Contains("2 to 32 capital letters, digits or '-'", error.Status.Detail);
        var missing = await system.Gateway.GetAsync("/api/v1/bodies/" + Uri.EscapeDataString(code));
        Assert.NotEqual(HttpStatusCode.OK, missing.StatusCode);
    }

    [Fact]
    public async Task A_body_name_with_a_control_character_is_refused_naming_the_field()
    {
        var body = new Body { Code = "KZ-11-Z01", Name = new LocalisedText { Kk = "a", Ru = "b", En = "Bell\u0007district" }, Kind = BodyKind.District, ParentCode = "KZ-11", PeerGroup = "districts", ActiveFrom = "2020-01-01" };

        var error = await Assert.ThrowsAsync<RpcException>(() => new Catalogue.CatalogueClient(system.GatewayGrpc)
            .SaveBodyAsync(new SaveBodyRequest { Body = body, Reason = "probe" }, RunningSystem.WithToken(system.AdminToken())).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("name.en: 1 to 300 characters without control characters", error.Status.Detail);
    }

    [Fact]
    public async Task A_feed_with_sql_and_html_in_its_codes_is_rejected_row_by_row_and_nothing_is_stored()
    {
        var csv = $"body,indicator,period,value\n\"{Sql}\",avg_salary,2017,1\nKZ-11,\"{Html}\",2017,1\n";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feeds/csv?submissionId=unsafe-2017-1") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", system.AdminToken());

        using var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // Each bad value is named in the receipt's errors (as JSON strings, never markup), with its row.
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var strings = Strings(receipt.RootElement).ToList();
        Assert.Contains(strings, s => s.Contains(Sql, StringComparison.Ordinal));
        Assert.Contains(strings, s => s.Contains(Html, StringComparison.Ordinal));
        var bodies = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/bodies/KZ-11");
        Assert.Equal("KZ-11", bodies.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_methodology_title_with_html_and_sql_is_stored_as_sent_and_shown_escaped_in_the_portal()
    {
        var id = "unsafe-title-" + Guid.NewGuid().ToString("N")[..6];
        var title = $"{Html} & O'Brien; DROP TABLE methodologies;--";
        var yaml = Hdi().Replace("id: hdi", $"id: {id}", StringComparison.Ordinal)
            .Replace("  en: Human Development Index 2021", $"  en: \"{title}\"", StringComparison.Ordinal);
        await PublishAsync(yaml, HttpStatusCode.OK);

        var stored = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/methodologies/{id}");
        Assert.Contains(title, stored.GetProperty("yaml").GetString());
        var page = await (await system.Gateway.GetAsync($"/methodologies/{id}/2021?lang=en")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Html, page);
        Assert.Contains("&lt;script&gt;", page);
    }

    [Theory]
    [InlineData("x'; DROP TABLE methodologies;--", "id: 'x'; DROP TABLE methodologies;--' must be 2 to 64 lower-case letters")]
    [InlineData("<b>hdi</b>", "id: '<b>hdi</b>' must be 2 to 64 lower-case letters")]
    public async Task A_methodology_id_with_sql_or_html_is_refused_with_the_precise_error(string id, string expected)
    {
        var yaml = Hdi().Replace("id: hdi", $"id: \"{id}\"", StringComparison.Ordinal);

        var problem = await PublishAsync(yaml, HttpStatusCode.BadRequest);

        Assert.Contains(expected, problem);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private async Task<string> PublishAsync(string yaml, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/methodologies") { Content = JsonContent.Create(new { yaml }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", system.AdminToken());
        using var response = await system.Gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return expected == HttpStatusCode.OK ? text : JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!;
    }

    private static string Hdi() => File.ReadAllText(Path.Combine(RepositoryRoot(), "methodologies", "hdi-2021.yaml"));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assessment.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Assessment.sln not found above the test's folder");
    }
}
