using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Assessment.Tests.Fuzzing;
using Xunit.Abstractions;

namespace Assessment.Integration.Tests.Fuzz;

/// <summary>
/// Random mutations of valid CSV, JSON and DHIS2 feeds (as dry runs, so nothing is stored) and of a methodology
/// (published under a fuzz-only id) sent through the gateway for a fixed time: FUZZ_SECONDS (default 45), FUZZ_SEED to
/// replay. Any 5xx, any answer slower than the hang limit, or an unhealthy service at the end fails, with the seed.
/// </summary>
[Collection(Faults.FaultCollection.Name)]
public class FeedFuzzTests(Faults.FaultSystem system, ITestOutputHelper output)
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    private const string Csv = """
        body,indicator,period,value,unit,comment
        KZ-11,avg_salary,2019,251000,KZT,from the regional statistics office
        KZ-15,life_expectancy,2019,71.9,,
        KZ-19,unemployment-rate,2019,4.8,%,"quoted, with a comma"
        """;

    private const string Json = """
        {"submissionId":"fuzz","dryRun":true,"observations":[
         {"bodyCode":"KZ-11","indicatorCode":"avg_salary","period":"2019","value":251000,"unit":"KZT","comment":"ok"},
         {"bodyCode":"KZ-15","indicatorCode":"life_expectancy","period":"2019","value":71.9}]}
        """;

    private const string Dhis2 = """
        {"dataSet":"kz-regions","period":"2019","orgUnit":"KZ-11","completeDate":"2020-01-15","dataValues":[
         {"dataElement":"avg_salary","value":"251000","comment":"ok"},
         {"dataElement":"life_expectancy","orgUnit":"KZ-15","value":"71.9"},
         {"dataElement":"crime_amount","period":"2019","orgUnit":"KZ-19","value":"1200","followUp":false}]}
        """;

    [Fact]
    public async Task Mutated_feeds_and_methodologies_never_get_a_server_error_or_hang()
    {
        var seed = PayloadMutator.SeedFromEnvironment();
        var mutator = new PayloadMutator(seed);
        var duration = PayloadMutator.DurationFromEnvironment(45);
        var token = system.AdminToken();
        var methodology = FuzzMethodology();
        var deadline = DateTime.UtcNow + duration;
        var statuses = new Dictionary<string, int>();
        var sent = 0;

        while (DateTime.UtcNow < deadline)
        {
            var (what, path, mediaType, payload) = (sent++ % 4) switch
            {
                0 => ("csv", "/api/v1/feeds/csv?dryRun=true", "text/csv", mutator.Mutate(Csv)),
                1 => ("json", "/api/v1/submissions", "application/json", mutator.Mutate(Json)),
                2 => ("dhis2", "/api/v1/feeds/dhis2/dataValueSets?dryRun=true", "application/json", mutator.Mutate(Dhis2)),
                // The id and version lines stay as they are, so nothing published here can shadow a real methodology.
                _ => ("methodology", "/api/v1/methodologies", "application/json",
                    JsonSerializer.Serialize(new { yaml = mutator.Mutate(methodology, keep: methodology.IndexOf("title:", StringComparison.Ordinal)) })),
            };
            var status = await SendAsync(seed, sent, what, path, mediaType, payload, token);
            var key = $"{what} {(int)status}";
            statuses[key] = statuses.GetValueOrDefault(key) + 1;
        }

        output.WriteLine($"seed {seed}: {sent} requests in {duration.TotalSeconds} s; " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.Equal("Healthy", await system.Gateway.GetStringAsync("/health"));
    }

    private async Task<HttpStatusCode> SendAsync(int seed, int iteration, string what, string path, string mediaType, string payload, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Lenient.GetBytes(payload)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var timeout = new CancellationTokenSource(HangLimit);
        HttpResponseMessage response;
        try
        {
            response = await system.Gateway.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw Failure(seed, iteration, what, payload, $"no answer within {HangLimit.TotalSeconds} s");
        }

        using (response)
        {
            if ((int)response.StatusCode >= 500)
            {
                throw Failure(seed, iteration, what, payload, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            return response.StatusCode;
        }
    }

    /// <summary>Mutations can leave lone surrogates: they are sent (and kept) as the replacement character.</summary>
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static Xunit.Sdk.XunitException Failure(int seed, int iteration, string what, string payload, string why)
    {
        var file = Path.Combine(Path.GetTempPath(), $"feed-fuzz-{seed}-{iteration}.txt");
        File.WriteAllBytes(file, Lenient.GetBytes(payload));
        return new Xunit.Sdk.XunitException($"FUZZ_SEED={seed}, request {iteration} ({what}, payload kept in {file}): {why}");
    }

    /// <summary>The regional methodology under an id of its own, so that a mutation that still validates registers only a fuzz version.</summary>
    private static string FuzzMethodology()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "methodologies", "kz-regions.yaml");
        var yaml = File.ReadAllText(path);
        var options = System.Text.RegularExpressions.RegexOptions.Multiline;
        var text = System.Text.RegularExpressions.Regex.Replace(yaml, @"^id:.*$", "id: fuzz-regions", options);
        text = System.Text.RegularExpressions.Regex.Replace(text, @"^version:.*$", "version: \"fuzz-1\"", options);
        return text.Contains("id: fuzz-regions", StringComparison.Ordinal) && text.Contains("version: \"fuzz-1\"", StringComparison.Ordinal)
            ? text
            : throw new InvalidOperationException("methodologies/kz-regions.yaml has no top-level id and version lines to replace.");
    }
}
