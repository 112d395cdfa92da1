using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Assessment.Integration.Tests.Corpus;

/// <summary>
/// The other side of the corpus's not_utf8 entries: feeds are UTF-8, and a UTF-8 byte-order mark (as Excel and
/// Notepad write it) is still read, in every file format. Dry runs, so nothing is stored on the reliability system.
/// </summary>
[Collection(Faults.FaultCollection.Name)]
public class Utf8ByteOrderMarkTests(Faults.FaultSystem system)
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task Reads_csv_json_and_dhis2_feeds_that_start_with_a_utf8_byte_order_mark()
    {
        var id = $"bom-{Guid.NewGuid():N}";

        using var csv = await PostAsync($"/api/v1/feeds/csv?submissionId={id}-csv&dryRun=true", "text/csv",
            "body,indicator,period,value\nKZ-11,avg_salary,2019,250000\nKZ-15,avg_salary,2019,260000\n");
        using var json = await PostAsync("/api/v1/submissions", "application/json",
            $$"""{"submissionId":"{{id}}-json","dryRun":true,"observations":[{"bodyCode":"KZ-11","indicatorCode":"avg_salary","period":"2019","value":250000}]}""");
        using var dhis2 = await PostAsync($"/api/v1/feeds/dhis2/dataValueSets?submissionId={id}-dhis2&dryRun=true", "application/json",
            """{"dataValues":[{"dataElement":"avg_salary","period":"2019","orgUnit":"KZ-11","value":"250000"}]}""");

        Assert.Equal(("VALIDATED", 2), Receipt(csv));
        Assert.Equal(("VALIDATED", 1), Receipt(json));
        // A dry run of valid values: SUCCESS, or WARNING when outlier checks flag one; never ERROR.
        Assert.Contains(dhis2.RootElement.GetProperty("status").GetString(), new[] { "SUCCESS", "WARNING" });
        var counted = dhis2.RootElement.GetProperty("importCount");
        Assert.Equal(1, counted.GetProperty("imported").GetInt32() + counted.GetProperty("updated").GetInt32());
    }

    private static (string?, int) Receipt(JsonDocument receipt) =>
        (receipt.RootElement.GetProperty("status").GetString(), receipt.RootElement.GetProperty("accepted").GetInt32());

    private async Task<JsonDocument> PostAsync(string path, string mediaType, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent([.. ByteOrderMark, .. Encoding.UTF8.GetBytes(text)]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", system.AdminToken());
        using var response = await system.Gateway.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
