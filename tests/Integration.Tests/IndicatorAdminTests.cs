using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Assessment.Contracts.Indicators;
using Grpc.Core;

namespace Assessment.Integration.Tests;

/// <summary>
/// The indicator side of the catalogue admin API. Test indicators are reported by districts only (so no oblast's or
/// city's completeness changes for other tests) and fed for period 2015 (the ingest tests' period).
/// </summary>
[Collection(SystemCollection.Name)]
public class IndicatorAdminTests(RunningSystem system)
{
    private readonly Catalogue.CatalogueClient _catalogue = new(system.GatewayGrpc);
    private readonly FeedClient _feeds = new(system);

    private static string NewCode(string stem) => $"{stem}_{Random.Shared.Next(100_000, 999_999)}";

    private async Task<Indicator?> FindAsync(string code) =>
        (await _catalogue.ListIndicatorsAsync(new ListIndicatorsRequest(), deadline: DateTime.UtcNow.AddSeconds(30))).Indicators.SingleOrDefault(i => i.Code == code);

    private async Task<HttpResponseMessage> PostJsonAsync(string path, string json, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await system.Gateway.SendAsync(request);
    }

    [Fact]
    public async Task An_admin_creates_an_indicator_over_json_changes_it_and_the_audit_keeps_both_changes_with_before_and_after()
    {
        var code = NewCode("appeals_on_time");
        var json = $$"""
            {"indicator": {"code": "{{code}}", "name": {"kk": "Өтініштер", "ru": "Обращения", "en": "Appeals answered on time"},
             "unit": "%", "direction": "HIGHER_IS_BETTER", "validMin": 0, "validMax": 100, "periodicity": "QUARTER",
             "reportedBy": ["DISTRICT"], "target": 95},
             "reason": "Citizens' appeals block"}
            """;

        using var created = await PostJsonAsync("/api/v1/indicators", json, system.AdminToken());
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var answer = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("indicator");
        Assert.Equal("QUARTER", answer.GetProperty("periodicity").GetString());
        Assert.Equal(95, answer.GetProperty("target").GetDouble());

        var changed = TestIndicators.District(code, 0, 100, "Appeals answered within the legal deadline");
        changed.Unit = "%";
        changed.Periodicity = Periodicity.Quarter;
        var saved = await _catalogue.SaveIndicatorAsync(new SaveIndicatorRequest { Indicator = changed, Reason = "Wording of the law" }, RunningSystem.WithToken(system.AdminToken()));

        Assert.Equal("Appeals answered within the legal deadline", saved.Indicator.Name.En);
        Assert.False(saved.Indicator.HasTarget);
        Assert.Equal("Appeals answered within the legal deadline", (await FindAsync(code))!.Name.En);
        var audit = await _catalogue.ListCatalogueAuditAsync(new ListCatalogueAuditRequest { Entity = "indicator", Code = code }, RunningSystem.WithToken(system.AdminToken()));
        Assert.Equal(["update", "create"], audit.Entries.Select(e => e.Action));
        Assert.All(audit.Entries, e => Assert.Equal("test-admin", e.Actor));
        var before = JsonDocument.Parse(audit.Entries[0].Before).RootElement;
        Assert.Equal("Appeals answered on time", before.GetProperty("name_en").GetString());
        Assert.Equal(95, before.GetProperty("target").GetDouble());
        var after = JsonDocument.Parse(audit.Entries[0].After).RootElement;
        Assert.Equal(JsonValueKind.Null, after.GetProperty("target").ValueKind);
        Assert.Equal("Wording of the law", after.GetProperty("reason").GetString());
        Assert.Empty(audit.Entries[1].Before);
    }

    [Fact]
    public async Task A_reporter_cannot_create_an_indicator_over_grpc_or_json()
    {
        var code = NewCode("reporter_made");
        var reporter = system.ReporterToken("KZ-11");

        var error = await Assert.ThrowsAsync<RpcException>(() => _catalogue.SaveIndicatorAsync(
            new SaveIndicatorRequest { Indicator = TestIndicators.District(code), Reason = "try" }, RunningSystem.WithToken(reporter)).ResponseAsync);
        using var overJson = await PostJsonAsync("/api/v1/indicators",
            $$"""{"indicator": {"code": "{{code}}", "name": {"kk": "a", "ru": "b", "en": "c"}, "unit": "%", "direction": "CONTEXT", "validMin": 0, "validMax": 1, "periodicity": "YEAR", "reportedBy": ["OBLAST"]}, "reason": "try"}""",
            reporter);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, overJson.StatusCode);
        Assert.Null(await FindAsync(code));
    }

    [Fact]
    public async Task An_indicator_with_bad_fields_is_refused_naming_each_field_and_nothing_changes()
    {
        var code = NewCode("bad_fields");
        var bad = TestIndicators.District(code, min: 100, max: 0);
        bad.Unit = "";
        bad.Direction = Direction.Unspecified;
        bad.ReportedBy.Clear();
        bad.Target = 50;

        var error = await Assert.ThrowsAsync<RpcException>(() => _catalogue.SaveIndicatorAsync(
            new SaveIndicatorRequest { Indicator = bad, Reason = "bad" }, RunningSystem.WithToken(system.AdminToken())).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        foreach (var field in new[] { "unit ''", "direction 'Unspecified'", "valid_max '0': must be greater than valid_min '100'", "reported_by: at least one", "target '50'" })
        {
            Assert.Contains(field, error.Status.Detail, StringComparison.Ordinal);
        }

        Assert.Null(await FindAsync(code));
        var audit = await _catalogue.ListCatalogueAuditAsync(new ListCatalogueAuditRequest { Entity = "indicator", Code = code }, RunningSystem.WithToken(system.AdminToken()));
        Assert.Empty(audit.Entries);
    }

    [Fact]
    public async Task Indicators_can_be_listed_by_code_and_unknown_codes_are_left_out()
    {
        var request = new ListIndicatorsRequest { Codes = { "avg_salary", "life_expectancy", "no_such_indicator" } };

        var listed = await _catalogue.ListIndicatorsAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));

        Assert.Equal(["avg_salary", "life_expectancy"], listed.Indicators.Select(i => i.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Narrowing_the_valid_range_past_stored_values_is_refused_unless_kept_and_never_changes_them()
    {
        var admin = system.AdminToken();
        var code = NewCode("district_appeals");
        var district = $"KZ-11-I{Random.Shared.Next(1000, 9999)}";
        await _catalogue.SaveIndicatorAsync(new SaveIndicatorRequest { Indicator = TestIndicators.District(code), Reason = "New indicator" }, RunningSystem.WithToken(admin));
        await _catalogue.SaveBodyAsync(new SaveBodyRequest
        {
            Body = new Body
            {
                Code = district, Name = new LocalisedText { Kk = "Аудан", Ru = "Район", En = "District" }, Kind = BodyKind.District,
                ParentCode = "KZ-11", PeerGroup = "districts", ActiveFrom = "1997-01-01",
            },
            Reason = "District for the range test",
        }, RunningSystem.WithToken(admin));
        var value = new ObservationValue { BodyCode = district, IndicatorCode = code, Period = "2015", Value = 800 };
        Assert.Equal(1, (await _feeds.SubmitAsync(admin, $"range-{code}-1", value)).Accepted);

        var refused = await Assert.ThrowsAsync<RpcException>(() => _catalogue.SaveIndicatorAsync(
            new SaveIndicatorRequest { Indicator = TestIndicators.District(code, 0, 500), Reason = "Tighter range" }, RunningSystem.WithToken(admin)).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains($"1 stored current values of '{code}'", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains($"{district}/2015=800", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(1000, (await FindAsync(code))!.ValidMax);

        var kept = await _catalogue.SaveIndicatorAsync(new SaveIndicatorRequest
        {
            Indicator = TestIndicators.District(code, 0, 500), Reason = "Tighter range, old value kept", KeepStoredValuesOutsideRange = true,
        }, RunningSystem.WithToken(admin));

        Assert.Equal(500, kept.Indicator.ValidMax);
        Assert.Equal(1, kept.StoredValuesOutsideRange);
        var history = await _feeds.HistoryAsync(admin, district, code, "2015");
        Assert.Equal([800d], history!.Revisions.Select(r => r.Value));
        var audit = await _catalogue.ListCatalogueAuditAsync(new ListCatalogueAuditRequest { Entity = "indicator", Code = code }, RunningSystem.WithToken(admin));
        Assert.Equal(1, JsonDocument.Parse(audit.Entries[0].After).RootElement.GetProperty("stored_values_outside_range").GetInt32());
        Assert.Equal(2, audit.Entries.Count);

        var (status, receipt) = await _feeds.SubmitRejectedAsync(admin, $"range-{code}-2", new ObservationValue(value) { Value = 700 });
        Assert.Equal(StatusCode.InvalidArgument, status);
        Assert.Equal("out_of_range", Assert.Single(receipt.Errors).Code);
        Assert.Equal(1, (await _feeds.SubmitAsync(admin, $"range-{code}-3", new ObservationValue(value) { Value = 450 })).NewRevisions);
    }
}
