using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assessment.Contracts.Indicators;

namespace Assessment.Integration.Tests;

[Collection(SystemCollection.Name)]
public class CatalogueThroughGatewayTests(RunningSystem system)
{
    [Fact]
    public async Task Gateway_returns_the_20_seeded_regions_over_http()
    {
        var json = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/bodies");
        var regions = json.GetProperty("bodies").EnumerateArray()
            .Where(b => b.GetProperty("kind").GetString() is "OBLAST" or "CITY_OF_REPUBLICAN_STATUS")
            .ToList();

        Assert.Equal(20, regions.Count);
        var astana = regions.Single(b => b.GetProperty("code").GetString() == "KZ-71");
        Assert.Equal("Астана қаласы", astana.GetProperty("name").GetProperty("kk").GetString());
        Assert.Equal("город Астана", astana.GetProperty("name").GetProperty("ru").GetString());
    }

    [Fact]
    public async Task Gateway_serves_the_catalogue_over_grpc()
    {
        var client = new Catalogue.CatalogueClient(system.GatewayGrpc);
        var oblasts = await client.ListBodiesAsync(new ListBodiesRequest { Kind = BodyKind.Oblast }, deadline: DateTime.UtcNow.AddSeconds(30));
        var cities = await client.ListBodiesAsync(new ListBodiesRequest { Kind = BodyKind.CityOfRepublicanStatus }, deadline: DateTime.UtcNow.AddSeconds(30));

        Assert.Equal(17, oblasts.Bodies.Count);
        Assert.Equal(["KZ-71", "KZ-75", "KZ-79"], cities.Bodies.Select(b => b.Code).Order());
        Assert.Contains(oblasts.Bodies, b => b.Code == "KZ-62" && b.ActiveFrom == "2022-06-08");
    }

    [Fact]
    public async Task Unknown_body_is_a_not_found_that_names_the_code()
    {
        var response = await system.Gateway.GetAsync("/api/v1/bodies/KZ-99");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("KZ-99", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scoring_lists_the_shipped_methodologies_through_the_gateway()
    {
        var json = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/methodologies");
        var ids = json.GetProperty("methodologies").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains("hdi", ids);
    }

    [Fact]
    public async Task Reporting_answers_its_releases_through_the_gateway()
    {
        var response = await system.Gateway.GetAsync("/api/v1/releases");
        response.EnsureSuccessStatusCode();
        Assert.Equal(JsonValueKind.Array, (await response.Content.ReadFromJsonAsync<JsonElement>()).ValueKind);
    }
}
