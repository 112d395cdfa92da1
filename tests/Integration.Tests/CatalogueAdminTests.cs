using System.Text.Json;
using Assessment.Contracts.Indicators;
using Grpc.Core;

namespace Assessment.Integration.Tests;

[Collection(SystemCollection.Name)]
public class CatalogueAdminTests(RunningSystem system)
{
    private readonly Catalogue.CatalogueClient _catalogue = new(system.GatewayGrpc);

    private static Body District(string code, string english) => new()
    {
        Code = code,
        Name = new LocalisedText { Kk = "Целиноград ауданы", Ru = "Целиноградский район", En = english },
        Kind = BodyKind.District,
        ParentCode = "KZ-11",
        PeerGroup = "districts",
        ActiveFrom = "1997-01-01",
    };

    [Fact]
    public async Task An_admin_adds_a_district_and_renames_it_and_the_audit_keeps_both_changes_with_before_and_after()
    {
        var admin = RunningSystem.WithToken(system.AdminToken());
        var code = $"KZ-11-T{Random.Shared.Next(1000, 9999)}";
        await _catalogue.SaveBodyAsync(new SaveBodyRequest { Body = District(code, "Tselinograd District"), Reason = "New district in the catalogue" }, admin);
        var renamed = await _catalogue.SaveBodyAsync(new SaveBodyRequest { Body = District(code, "Tselinograd district (renamed)"), Reason = "Official English name" }, admin);

        Assert.Equal("Tselinograd district (renamed)", renamed.Name.En);
        Assert.Equal("KZ-11", renamed.ParentCode);
        var audit = await _catalogue.ListCatalogueAuditAsync(new ListCatalogueAuditRequest { Entity = "body", Code = code }, admin);
        Assert.Equal(["update", "create"], audit.Entries.Select(e => e.Action));
        Assert.All(audit.Entries, e => Assert.Equal("test-admin", e.Actor));
        var update = audit.Entries[0];
        Assert.Equal("Tselinograd District", JsonDocument.Parse(update.Before).RootElement.GetProperty("name_en").GetString());
        Assert.Equal("Official English name", JsonDocument.Parse(update.After).RootElement.GetProperty("reason").GetString());
        Assert.Empty(audit.Entries[1].Before);
    }

    [Fact]
    public async Task A_reporter_cannot_change_the_catalogue()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _catalogue.SaveBodyAsync(
            new SaveBodyRequest { Body = District("KZ-11-X99", "Unauthorised district"), Reason = "try" }, RunningSystem.WithToken(system.ReporterToken("KZ-11"))).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        var missing = await Assert.ThrowsAsync<RpcException>(() => _catalogue.GetBodyAsync(new GetBodyRequest { Code = "KZ-11-X99" }, deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_body_with_bad_fields_is_refused_naming_each_field_and_nothing_changes()
    {
        var bad = District("kz bad", "<script>alert(1)</script>");
        bad.ParentCode = "KZ-98";
        bad.ActiveFrom = "01.01.1997";
        bad.Name.Ru = "";

        var error = await Assert.ThrowsAsync<RpcException>(() => _catalogue.SaveBodyAsync(
            new SaveBodyRequest { Body = bad, Reason = "bad" }, RunningSystem.WithToken(system.AdminToken())).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        foreach (var field in new[] { "code 'kz bad'", "name.ru", "parent_code 'KZ-98'", "active_from '01.01.1997'" })
        {
            Assert.Contains(field, error.Status.Detail, StringComparison.Ordinal);
        }
    }
}
