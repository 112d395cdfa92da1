using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Assessment.Contracts.Indicators;
using Grpc.Core;
using static Assessment.Integration.Tests.FeedClient;

namespace Assessment.Integration.Tests;

[Collection(SystemCollection.Name)]
public class FeedTests(RunningSystem system)
{
    private readonly FeedClient _feeds = new(system);

    private static string NewId(string what) => $"{what}-{Guid.NewGuid():N}";

    [Fact]
    public async Task Accepts_a_feed_through_the_gateway_and_announces_it_to_scoring()
    {
        var id = NewId("accept");
        var receipt = await _feeds.SubmitAsync(system.ReporterToken("KZ-11"), id,
            Value("KZ-11", "avg_salary", "2023", 301000), Value("KZ-11", "life_expectancy", "2023", 74.1, "years"), Value("KZ-11", "unemployment-rate", "2023", 4.5));

        Assert.Equal(ReceiptStatus.Accepted, receipt.Status);
        Assert.Equal(3, receipt.Accepted);
        Assert.Equal(0, receipt.NewRevisions);
        Assert.Equal("test-reporter-KZ-11", receipt.Sender);

        var announced = await _feeds.ScoringHeardOfAsync(id, TimeSpan.FromSeconds(60));
        Assert.Equal(["KZ-11"], announced.BodyCodes);
        Assert.Equal(["2023"], announced.Periods);
        Assert.Equal(3, announced.Accepted);
        // Accepted when stored, after it was received (not the moment it arrived), and before scoring recorded it.
        Assert.True(announced.AcceptedAt.ToDateTimeOffset() > receipt.ReceivedAt.ToDateTimeOffset(),
            $"accepted at {announced.AcceptedAt}, received at {receipt.ReceivedAt}");
        Assert.True(announced.AcceptedAt.ToDateTimeOffset() <= announced.ReceivedAt.ToDateTimeOffset(),
            $"accepted at {announced.AcceptedAt}, recorded by scoring at {announced.ReceivedAt}");
    }

    [Fact]
    public async Task Retried_submission_is_applied_once_and_gets_the_first_receipt()
    {
        var id = NewId("retry");
        var token = system.ReporterToken("KZ-15");
        var first = await _feeds.SubmitAsync(token, id, Value("KZ-15", "avg_salary", "2023", 280000));
        var second = await _feeds.SubmitAsync(token, id, Value("KZ-15", "avg_salary", "2023", 280000));

        Assert.False(first.Replayed);
        Assert.True(second.Replayed);
        Assert.Equal(first.ReceivedAt, second.ReceivedAt);
        var history = await _feeds.HistoryAsync(system.AdminToken(), "KZ-15", "avg_salary", "2023");
        Assert.Single(history!.Revisions);
    }

    [Fact]
    public async Task The_same_id_with_other_content_is_refused_as_a_conflict()
    {
        var id = NewId("reuse");
        var token = system.ReporterToken("KZ-19");
        await _feeds.SubmitAsync(token, id, Value("KZ-19", "avg_salary", "2023", 262000));

        var (code, receipt) = await _feeds.SubmitRejectedAsync(token, id, Value("KZ-19", "avg_salary", "2023", 999));

        Assert.Equal(StatusCode.AlreadyExists, code);
        Assert.Equal("submission_id_reused", Assert.Single(receipt.Errors).Code);
        Assert.Equal(262000, (await _feeds.HistoryAsync(system.AdminToken(), "KZ-19", "avg_salary", "2023"))!.Revisions.Single().Value);
    }

    [Fact]
    public async Task Rejects_a_feed_with_bad_values_listing_every_error_and_stores_nothing()
    {
        var (code, receipt) = await _feeds.SubmitRejectedAsync(system.AdminToken(), NewId("bad"),
            Value("KZ-23", "avg_salary", "2023", 270000),
            Value("KZ-99", "avg_salary", "2023", 1),
            Value("KZ-23", "life_expectancy", "2023", double.NaN),
            Value("KZ-23", "unemployment-rate", "2023", 140),
            Value("KZ-23", "avg_salary", "2023", 270001),
            Value("KZ-23", "NO_SUCH", "2023", 1),
            Value("KZ-23", "crime_amount", "2041", 1),
            Value("KZ-23", "life_expectancy", "2023Q1", 70),
            Value("KZ-23", "Higher_Education", "2023", 20, "tenge"));

        Assert.Equal(StatusCode.InvalidArgument, code);
        Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
        var byRow = receipt.Errors.ToLookup(e => e.Row, e => e.Code);
        Assert.Contains("unknown_body", byRow[2]);
        Assert.Contains("not_finite", byRow[3]);
        Assert.Contains("out_of_range", byRow[4]);
        Assert.Contains("duplicate_key", byRow[5]);
        Assert.Contains("unknown_indicator", byRow[6]);
        Assert.Contains("unknown_period", byRow[7]);
        Assert.Contains("wrong_periodicity", byRow[8]);
        Assert.Contains("wrong_unit", byRow[9]);
        Assert.Empty(byRow[1]);
        Assert.Null(await _feeds.HistoryAsync(system.AdminToken(), "KZ-23", "avg_salary", "2023"));
    }

    [Fact]
    public async Task A_correction_is_a_new_revision_and_the_earlier_value_stays_queryable_as_of_its_time()
    {
        var token = system.ReporterToken("KZ-27");
        var first = await _feeds.SubmitAsync(token, NewId("rev1"), Value("KZ-27", "avg_salary", "2023", 250000));
        var correction = await _feeds.SubmitAsync(token, NewId("rev2"), Value("KZ-27", "avg_salary", "2023", 255000));

        Assert.Equal(1, correction.NewRevisions);
        var history = await _feeds.HistoryAsync(token, "KZ-27", "avg_salary", "2023");
        Assert.Equal([250000d, 255000d], history!.Revisions.Select(r => r.Value));
        Assert.Equal([1, 2], history.Revisions.Select(r => r.Revision));

        var query = new ObservationQuery { Periods = { "2023" }, BodyCodes = { "KZ-27" }, IndicatorCodes = { "avg_salary" } };
        Assert.Equal(255000, (await _feeds.QueryAsync(token, query)).Single().Value);
        query.AsOf = first.ReceivedAt;
        var asOfFirst = (await _feeds.QueryAsync(token, query)).Single();
        Assert.Equal(250000, asOfFirst.Value);
        Assert.Equal(1, asOfFirst.Revision);
    }

    [Fact]
    public async Task A_dry_run_validates_and_stores_nothing()
    {
        var receipt = await _feeds.SubmitAsync(system.ReporterToken("KZ-31"), NewId("dry"), dryRun: true, Value("KZ-31", "avg_salary", "2023", 240000));

        Assert.Equal(ReceiptStatus.Validated, receipt.Status);
        Assert.Equal(1, receipt.Accepted);
        Assert.Null(await _feeds.HistoryAsync(system.AdminToken(), "KZ-31", "avg_salary", "2023"));
    }

    [Fact]
    public async Task A_reporter_for_Akmola_cannot_submit_for_Almaty()
    {
        var (code, receipt) = await _feeds.SubmitRejectedAsync(system.ReporterToken("KZ-11"), NewId("foreign"), Value("KZ-75", "avg_salary", "2023", 400000));

        Assert.Equal(StatusCode.PermissionDenied, code);
        Assert.Equal("not_entitled", Assert.Single(receipt.Errors).Code);
        Assert.Null(await _feeds.HistoryAsync(system.AdminToken(), "KZ-75", "avg_salary", "2023"));
    }

    [Fact]
    public async Task A_push_without_a_token_is_unauthenticated()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _feeds.Feeds.SubmitAsync(
            new SubmitRequest { SubmissionId = NewId("anon"), Observations = { Value("KZ-11", "avg_salary", "2023", 1) } },
            deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task A_closed_period_refuses_values_until_an_admin_reopens_it()
    {
        var periods = new Periods.PeriodsClient(system.GatewayGrpc);
        var admin = RunningSystem.WithToken(system.AdminToken());
        await periods.ClosePeriodsAsync(new ChangePeriodsRequest { Codes = { "2016" }, Reason = "Assessment cycle 2016 closed" }, admin);

        var token = system.ReporterToken("KZ-35");
        var (_, receipt) = await _feeds.SubmitRejectedAsync(token, NewId("closed"), Value("KZ-35", "avg_salary", "2016", 150000));
        Assert.Equal("period_closed", Assert.Single(receipt.Errors).Code);

        var reporterClosing = await Assert.ThrowsAsync<RpcException>(() => periods.ReopenPeriodsAsync(
            new ChangePeriodsRequest { Codes = { "2016" }, Reason = "please" }, RunningSystem.WithToken(token)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, reporterClosing.StatusCode);

        await periods.ReopenPeriodsAsync(new ChangePeriodsRequest { Codes = { "2016" }, Reason = "Late correction approved" }, admin);
        Assert.Equal(ReceiptStatus.Accepted, (await _feeds.SubmitAsync(token, NewId("reopened"), Value("KZ-35", "avg_salary", "2016", 150000))).Status);
    }

    [Fact]
    public async Task A_large_feed_streams_in_batches_and_is_stored_whole()
    {
        var indicators = new[] { "avg_salary", "life_expectancy", "unemployment-rate", "crime_amount", "Higher_Education" };
        // Years no other test closes or counts revisions in (2016, 2018-2022 get closed; 2023 and 2024 hold other tests' first revisions).
        var values = (from year in new[] { 2015, 2017 }
                      from indicator in indicators
                      from body in new[] { "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-35", "KZ-39", "KZ-43", "KZ-47" }
                      select Value(body, indicator, year.ToString(System.Globalization.CultureInfo.InvariantCulture), 50 + year % 7)).ToList();
        var id = NewId("stream");

        using var call = _feeds.Feeds.SubmitStream(RunningSystem.WithToken(system.AdminToken()));
        await call.RequestStream.WriteAsync(new SubmitStreamMessage { Header = new SubmissionHeader { SubmissionId = id } });
        foreach (var chunk in values.Chunk(16))
        {
            await call.RequestStream.WriteAsync(new SubmitStreamMessage { Batch = new ObservationBatch { Observations = { chunk } } });
        }

        await call.RequestStream.CompleteAsync();
        var receipt = await call.ResponseAsync;

        Assert.Equal(values.Count, receipt.Accepted);
        var stored = await _feeds.QueryAsync(system.AdminToken(), new ObservationQuery { Periods = { "2015", "2017" }, IndicatorCodes = { indicators } });
        Assert.Equal(values.Count, stored.Count(o => o.SubmissionId == id));
    }

    [Fact]
    public async Task The_real_regional_file_is_accepted_as_a_wide_csv_with_its_gaps()
    {
        var file = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "data", "demo", "kz-regions", "regional-indicators.csv"));
        var response = await PostAsync("/api/v1/feeds/csv?period=2024", file, "text/csv", system.AdminToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ACCEPTED", receipt.GetProperty("status").GetString());
        Assert.Equal(335, receipt.GetProperty("accepted").GetInt32());

        var akmola = await _feeds.QueryAsync(system.AdminToken(), new ObservationQuery { Periods = { "2024" }, BodyCodes = { "KZ-11" }, IndicatorCodes = { "avg_salary" } });
        Assert.Equal(250155, akmola.Single().Value);
        var abaiGdp = await _feeds.QueryAsync(system.AdminToken(), new ObservationQuery { Periods = { "2024" }, BodyCodes = { "KZ-10" }, IndicatorCodes = { "gdp_per_capita" } });
        Assert.Empty(abaiGdp);
    }

    [Fact]
    public async Task A_long_csv_with_a_bad_row_is_refused_with_the_row_field_and_value()
    {
        const string csv = "body,indicator,period,value\nKZ-39,avg_salary,2023,265000\nKZ-39,life_expectancy,2023,seventy\n";
        var response = await PostAsync("/api/v1/feeds/csv", csv, "text/csv", system.ReporterToken("KZ-39"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("value", error.GetProperty("field").GetString());
        Assert.Equal("seventy", error.GetProperty("value").GetString());
        Assert.Null(await _feeds.HistoryAsync(system.AdminToken(), "KZ-39", "avg_salary", "2023"));
    }

    [Fact]
    public async Task A_dhis2_data_value_set_is_imported_unchanged_and_answered_with_an_import_summary()
    {
        const string payload = """
            { "period": "2023", "orgUnit": "KZ-43",
              "dataValues": [
                { "dataElement": "life_expectancy", "value": "73.48" },
                { "dataElement": "unemployment-rate", "orgUnit": "KZ-47", "value": "4.8" } ] }
            """;
        var response = await PostAsync("/api/v1/feeds/dhis2/dataValueSets", payload, "application/json", system.AdminToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        // WARNING when an outlier check fires (other tests write histories); never ERROR for valid values.
        Assert.Contains(summary.GetProperty("status").GetString(), new[] { "SUCCESS", "WARNING" });
        Assert.Equal(2, summary.GetProperty("importCount").GetProperty("imported").GetInt32());
        Assert.Equal(4.8, (await _feeds.HistoryAsync(system.AdminToken(), "KZ-47", "unemployment-rate", "2023"))!.Revisions.Single().Value);

        var conflict = await PostAsync("/api/v1/feeds/dhis2/dataValueSets",
            """{ "period": "2023", "orgUnit": "KZ-98", "dataValues": [ { "dataElement": "life_expectancy", "value": "70" } ] }""",
            "application/json", system.AdminToken());
        Assert.Equal(HttpStatusCode.BadRequest, conflict.StatusCode);
        var refused = JsonDocument.Parse(await conflict.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ERROR", refused.GetProperty("status").GetString());
        Assert.Contains("KZ-98", refused.GetProperty("conflicts")[0].GetProperty("object").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_regional_data_are_loaded_through_the_feed_path()
    {
        var values = await _feeds.QueryAsync(system.AdminToken(), new ObservationQuery { Periods = { "2022" } });
        Assert.Equal(335, values.Count(v => v.SubmissionId == "demo-kz-regions-2022"));
        Assert.All(values.Where(v => v.SubmissionId == "demo-kz-regions-2022"), v => Assert.Equal("system:demo", v.Sender));
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string body, string mediaType, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await system.Gateway.SendAsync(request);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assessment.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Assessment.sln not found above the test folder.");
    }
}
