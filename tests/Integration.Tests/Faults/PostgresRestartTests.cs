using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Assessment.Contracts.Indicators;
using Grpc.Core;
using Npgsql;
using Xunit.Abstractions;
using static Assessment.Integration.Tests.FeedClient;

namespace Assessment.Integration.Tests.Faults;

[Collection(FaultCollection.Name)]
public class PostgresRestartTests(FaultSystem system, ITestOutputHelper output)
{
    private readonly FeedClient _feeds = new(system);

    [Fact]
    public async Task Feeds_pushed_while_PostgreSQL_restarts_get_retryable_errors_and_their_retries_are_applied_once()
    {
        var token = system.AdminToken();
        var submissions = Regions2019.Bodies.Select((body, i) => (Id: Regions2019.NewId("rel-pg"),
            Values: new[] { Value(body, "crime_amount", Regions2019.Period, 1000 + 10 * i), Value(body, "air_pollution_index", Regions2019.Period, 3.5) })).ToList();
        var outcomes = new List<StatusCode>();

        // Half the feeds go in before the restart; the rest are pushed while the database is down.
        foreach (var s in submissions.Take(5))
        {
            outcomes.Add(await TryAsync(token, s.Id, s.Values));
        }

        await system.StopPostgresAsync();
        HttpResponseMessage json, csv;
        var jsonId = Regions2019.NewId("rel-pg-json");
        try
        {
            foreach (var s in submissions.Skip(5))
            {
                outcomes.Add(await TryAsync(token, s.Id, s.Values));
            }

            json = await PostAsync(token, "/api/v1/submissions", "application/json",
                $$"""{"submissionId":"{{jsonId}}","observations":[{"bodyCode":"KZ-11","indicatorCode":"avg_salary","period":"2019","value":250000}]}""");
            csv = await PostAsync(token, $"/api/v1/feeds/csv?submissionId={jsonId}-csv", "text/csv", "body,indicator,period,value\nKZ-11,avg_salary,2019,250000\n");
        }
        finally
        {
            await system.StartAsync("postgres");
        }

        output.WriteLine($"first attempts: {string.Join(", ", outcomes)}");
        Assert.All(outcomes, code => Assert.Contains(code, new[] { StatusCode.OK, StatusCode.Unavailable }));
        Assert.Contains(StatusCode.Unavailable, outcomes);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, json.StatusCode);
        Assert.NotNull(json.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, csv.StatusCode);
        Assert.Equal("application/problem+json", csv.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(csv.Headers.RetryAfter);

        // Every feed is retried with its id, as a regional system does, until it is accepted; each is applied once.
        foreach (var s in submissions)
        {
            var receipt = await Eventually.GetAsync(async () =>
            {
                try
                {
                    return await _feeds.SubmitAsync(token, s.Id, s.Values);
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
                {
                    return null;
                }
            }, TimeSpan.FromMinutes(1), $"submission {s.Id} to be accepted after the restart");
            Assert.Equal(ReceiptStatus.Accepted, receipt.Status);
        }

        await using var db = await system.DatabaseAsync("indicatorsdb");
        await using var command = db.CreateCommand("SELECT submission_id, count(*) FROM observations WHERE submission_id = ANY($1) GROUP BY submission_id");
        command.Parameters.AddWithValue(submissions.Select(s => s.Id).Append(jsonId).Append(jsonId + "-csv").ToArray());
        var stored = new Dictionary<string, long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        Assert.Equal(submissions.ToDictionary(s => s.Id, s => (long)s.Values.Length), stored);
    }

    private async Task<StatusCode> TryAsync(string token, string id, ObservationValue[] values)
    {
        try
        {
            await _feeds.SubmitAsync(token, id, values);
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            output.WriteLine($"{id}: {e.StatusCode} {e.Status.Detail}");
            return e.StatusCode;
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string token, string path, string mediaType, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await system.Gateway.SendAsync(request);
    }
}
