using System.Net;

namespace Assessment.Integration.Tests;

[Collection(SystemCollection.Name)]
public class HealthTests(RunningSystem system)
{
    [Theory]
    [InlineData("indicators")]
    [InlineData("scoring")]
    [InlineData("reporting")]
    [InlineData("gateway")]
    public async Task Every_service_is_ready_and_alive(string service)
    {
        var http = system.ServiceHttp(service);
        var health = await http.GetAsync("/health");
        var alive = await http.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
