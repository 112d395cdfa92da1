using Assessment.Cli.Reports;

namespace Assessment.Cli.Tests.Reports;

public class ReportRequestTests
{
    [Theory]
    [InlineData(null, "html", "en", 0, "/cycles/kz-regions-2022?lang=en")]
    [InlineData("KZ-11", "html", "kk", 0, "/cycles/kz-regions-2022/bodies/KZ-11?lang=kk")]
    [InlineData(null, "pdf", "ru", 0, "/cycles/kz-regions-2022.pdf?lang=ru")]
    [InlineData("KZ-11", "pdf", "en", 0, "/cycles/kz-regions-2022/bodies/KZ-11.pdf?lang=en")]
    [InlineData(null, "csv", "en", 3, "/open-data/kz-regions-2022/run-3.csv")]
    [InlineData("KZ-11", "json", "en", 2, "/open-data/kz-regions-2022/run-2.json")]
    public void Each_report_is_the_portal_s_or_the_open_data_s_own_url(string? body, string format, string language, int run, string url)
    {
        Assert.Equal(url, new ReportRequest("kz-regions-2022", body, format, language, run).Url());
    }

    [Fact]
    public void A_body_s_open_data_keeps_the_header_and_its_row_only_and_an_absent_body_is_an_error_that_leaves_no_file()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "release_id,body_code,score\r\nr,KZ-11,50.1\r\nr,KZ-15,\"4,2\"\r\n");

        OpenDataRows.KeepBody(path, ReportFormat.Csv, "KZ-15", "c", 1);

        Assert.Equal(["release_id,body_code,score", "r,KZ-15,\"4,2\""], File.ReadAllLines(path));
        var failure = Assert.Throws<Assessment.Cli.Commands.CommandFailure>(() => OpenDataRows.KeepBody(path, ReportFormat.Csv, "KZ-99", "c", 1));
        Assert.Contains("body KZ-99 has no row in run 1 of cycle c", failure.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_body_s_json_release_keeps_the_release_block_and_its_row()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """{"release":{"run_number":2},"columns":[],"rows":[{"body_code":"KZ-11"},{"body_code":"KZ-15"}]}""");

        OpenDataRows.KeepBody(path, ReportFormat.Json, "KZ-11", "c", 2);

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(2, document.RootElement.GetProperty("release").GetProperty("run_number").GetInt32());
        Assert.Equal("KZ-11", Assert.Single(document.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("body_code").GetString());
    }
}
