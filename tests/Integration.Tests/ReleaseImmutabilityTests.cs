using System.Net;
using System.Text.Json;
using Assessment.Contracts.Indicators;
using Assessment.Contracts.Scoring;

namespace Assessment.Integration.Tests;

/// <summary>
/// A published run's open data never change, even when the period's data are corrected afterwards; the correction
/// is published as a new release with its own id. Uses period 2020 (reporting's own), fed from the regional values.
/// </summary>
[Collection(SystemCollection.Name)]
public class ReleaseImmutabilityTests(RunningSystem system)
{
    private const string Period = "2020";
    private readonly ReportingCycles _cycles = new(system);
    private readonly FeedClient _feeds = new(system);

    [Fact]
    public async Task Published_open_data_never_change_and_a_correction_is_a_new_release()
    {
        var regions = await _cycles.EnsurePublishedAsync();
        var source = await _cycles.ScoresAsync(regions.CycleId, regions.PublishedRun, lineage: true);
        // Regions created in 2022 (Abai, Jetisu, Ulytau) did not exist in 2020: indicators refuses values for them.
        var bodies = await new Catalogue.CatalogueClient(system.GatewayGrpc).ListBodiesAsync(new ListBodiesRequest { IncludeInactive = true },
            RunningSystem.WithToken(system.AdminToken()));
        var existed = bodies.Bodies.Where(b => string.CompareOrdinal(b.ActiveFrom, "2020-01-01") <= 0 && (b.ActiveTo.Length == 0 || string.CompareOrdinal(b.ActiveTo, "2020-12-31") >= 0)).Select(b => b.Code).ToHashSet();
        var values = source.Bodies.Where(b => existed.Contains(b.BodyCode))
            .SelectMany(b => b.Indicators.Where(i => i.HasRaw && i.Source is { SubmissionId.Length: > 0 })
                .Select(i => FeedClient.Value(b.BodyCode, i.Code, Period, i.Raw)))
            .ToArray();
        await _feeds.SubmitAsync(system.AdminToken(), $"rep-2020-{Guid.NewGuid():N}", values);

        var first = await PublishNewCycleAsync(regions, "rep-release-a");
        var csvBefore = await system.Gateway.GetByteArrayAsync(CsvPath(first));
        var jsonBefore = await system.Gateway.GetByteArrayAsync(JsonPath(first));
        var scoreBefore = Score(jsonBefore, "KZ-11");

        // The correction: the period is reopened, KZ-11's salary corrected, and a new cycle scored and published.
        await new Periods.PeriodsClient(system.GatewayGrpc).ReopenPeriodsAsync(
            new ChangePeriodsRequest { Codes = { Period }, Reason = "reporting tests: corrected KZ-11 salary" }, RunningSystem.WithToken(system.AdminToken()));
        var salary = values.Single(v => v.BodyCode == "KZ-11" && v.IndicatorCode == "avg_salary");
        await _feeds.SubmitAsync(system.AdminToken(), $"rep-2020-fix-{Guid.NewGuid():N}", FeedClient.Value("KZ-11", "avg_salary", Period, salary.Value * 1.5));
        var corrected = await PublishNewCycleAsync(regions, "rep-release-b");

        Assert.Equal(csvBefore, await system.Gateway.GetByteArrayAsync(CsvPath(first)));
        Assert.Equal(jsonBefore, await system.Gateway.GetByteArrayAsync(JsonPath(first)));
        var jsonAfter = await system.Gateway.GetByteArrayAsync(JsonPath(corrected));
        Assert.NotEqual(ReleaseId(jsonBefore), ReleaseId(jsonAfter));
        Assert.True(Score(jsonAfter, "KZ-11") > scoreBefore, "the corrected salary raises KZ-11's score in the new release only");
        using var releases = JsonDocument.Parse(await system.Gateway.GetStringAsync("/api/v1/releases"));
        var ids = releases.RootElement.EnumerateArray().Select(r => r.GetProperty("releaseId").GetString()).ToList();
        Assert.Contains(ReleaseId(jsonBefore), ids);
        Assert.Contains(ReleaseId(jsonAfter), ids);

        // Both periods of the methodology now show on the body's trend.
        var page = await system.Gateway.GetStringAsync($"/cycles/{corrected.CycleId}/bodies/KZ-11?lang=en");
        Assert.Contains("data-period=\"2020\"", page);
        Assert.Contains($"data-period=\"{regions.Period}\"", page);
    }

    private async Task<Cycle> PublishNewCycleAsync(Cycle like, string prefix)
    {
        var cycles = new Cycles.CyclesClient(system.GatewayGrpc);
        var cycle = await cycles.OpenCycleAsync(new OpenCycleRequest
        {
            CycleId = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)],
            Period = Period,
            MethodologyId = like.MethodologyId,
            MethodologyVersion = like.MethodologyVersion,
        }, RunningSystem.WithToken(system.AdminToken()));
        await _cycles.ComputeAsync(cycle.CycleId);
        foreach (var to in new[] { CycleState.Closed, CycleState.Draft, CycleState.Review, CycleState.Published })
        {
            cycle = await _cycles.MoveAsync(cycle.CycleId, to);
        }

        return cycle;
    }

    private static string CsvPath(Cycle cycle) => $"/open-data/{cycle.CycleId}/run-{cycle.PublishedRun}.csv";

    private static string JsonPath(Cycle cycle) => $"/open-data/{cycle.CycleId}/run-{cycle.PublishedRun}.json";

    private static string ReleaseId(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("release").GetProperty("release_id").GetString()!;
    }

    private static double Score(byte[] json, string body)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("body_code").GetString() == body).GetProperty("score").GetDouble();
    }
}
