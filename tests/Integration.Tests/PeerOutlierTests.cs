using Assessment.Contracts.Indicators;

namespace Assessment.Integration.Tests;

/// <summary>
/// The outlier check against peers, end to end: the values it compares with are the peers' current values, including
/// ones stored a moment earlier (indicators keeps them in memory between pushes, updated by each commit). Each test
/// has its own indicator (reported by districts, so no other test's completeness changes) and its own peer group of
/// new districts, fed for period 2015 (the ingest tests' period).
/// </summary>
[Collection(SystemCollection.Name)]
public class PeerOutlierTests(RunningSystem system)
{
    private readonly Catalogue.CatalogueClient _catalogue = new(system.GatewayGrpc);
    private readonly FeedClient _feeds = new(system);

    [Fact]
    public async Task A_value_far_from_peers_stored_a_moment_earlier_is_flagged_and_one_near_them_is_not()
    {
        var (indicator, districts) = await NewPeerGroupAsync(districtCount: 8);
        var admin = system.AdminToken();
        double[] usual = [100, 101, 99, 102, 98, 100];
        for (var i = 0; i < usual.Length; i++)
        {
            var stored = await _feeds.SubmitAsync(admin, $"peers-{indicator}-{i}", Value(districts[i], indicator, usual[i]));
            Assert.Empty(stored.Warnings);
        }

        var far = await _feeds.SubmitAsync(admin, $"peers-{indicator}-far", Value(districts[6], indicator, 400));
        var near = await _feeds.SubmitAsync(admin, $"peers-{indicator}-near", Value(districts[7], indicator, 101));

        var warning = Assert.Single(far.Warnings);
        Assert.Equal("outlier_against_peers", warning.Code);
        Assert.Contains("median 100 of 6 values", warning.Reason, StringComparison.Ordinal);
        Assert.Empty(near.Warnings);
    }

    [Fact]
    public async Task A_correction_replaces_the_peer_value_it_corrects()
    {
        var (indicator, districts) = await NewPeerGroupAsync(districtCount: 7);
        var admin = system.AdminToken();
        for (var i = 0; i < 6; i++)
        {
            await _feeds.SubmitAsync(admin, $"peers-{indicator}-{i}", Value(districts[i], indicator, 100 + i % 2));
        }

        // Peers 100, 101, 100, 101, 100, 101 (median 100.5); the first is corrected to 400, so the median is now 101.
        var corrected = await _feeds.SubmitAsync(admin, $"peers-{indicator}-fix", Value(districts[0], indicator, 400));
        var probe = await _feeds.SubmitAsync(admin, $"peers-{indicator}-probe", Value(districts[6], indicator, 400));

        Assert.Equal(1, corrected.NewRevisions);
        var warning = Assert.Single(probe.Warnings, w => w.Code == "outlier_against_peers");
        Assert.Contains("median 101 of 6 values", warning.Reason, StringComparison.Ordinal);
    }

    private static ObservationValue Value(string body, string indicator, double value) =>
        new() { BodyCode = body, IndicatorCode = indicator, Period = "2015", Value = value };

    private async Task<(string Indicator, IReadOnlyList<string> Districts)> NewPeerGroupAsync(int districtCount)
    {
        var admin = RunningSystem.WithToken(system.AdminToken());
        var stem = Random.Shared.Next(100_000, 999_999);
        var indicator = TestIndicators.District($"peer_check_{stem}", english: "Peer check");
        await _catalogue.SaveIndicatorAsync(new SaveIndicatorRequest { Indicator = indicator, Reason = "Peer check test" }, admin);

        var districts = new List<string>();
        for (var i = 0; i < districtCount; i++)
        {
            var code = $"KZ-11-P{stem}{i}";
            await _catalogue.SaveBodyAsync(new SaveBodyRequest
            {
                Body = new Body
                {
                    Code = code, Name = new LocalisedText { Kk = "Аудан", Ru = "Район", En = $"District {i}" }, Kind = BodyKind.District,
                    ParentCode = "KZ-11", PeerGroup = $"peer-test-{stem}", ActiveFrom = "1997-01-01",
                },
                Reason = "District for the peer check test",
            }, admin);
            districts.Add(code);
        }

        return (indicator.Code, districts);
    }
}
