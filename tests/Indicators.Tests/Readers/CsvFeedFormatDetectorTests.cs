using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class CsvFeedFormatDetectorTests
{
    [Theory]
    [InlineData("body,indicator,period,value")]
    [InlineData(" Value , Period ,orgUnit,dataElement,comment")]
    [InlineData("body_code,indicator_code,period,value,unit")]
    public void Detects_long_format_by_its_four_columns(string header)
    {
        Assert.Equal(CsvFeedFormat.Long, CsvFeedFormatDetector.Detect(header.Split(',')));
    }

    [Theory]
    [InlineData("Region,air_pollution_index,avg_salary")]
    [InlineData("body,indicator,value")]
    public void Detects_wide_format_otherwise(string header)
    {
        Assert.Equal(CsvFeedFormat.Wide, CsvFeedFormatDetector.Detect(header.Split(',')));
    }

    [Fact]
    public async Task Lets_the_caller_read_the_header_detect_the_format_and_hand_on_the_rest()
    {
        var records = new CsvRecordReader(new StringReader("body,indicator,period,value\nKZ-11,X,2024,1\n"));
        var header = await records.ReadRecordAsync();

        Assert.Equal(CsvFeedFormat.Long, CsvFeedFormatDetector.Detect(header!.Fields));
        var result = await new LongCsvFeedReader().ReadAsync(header, records);

        Assert.Equal(2, Assert.Single(result.Rows).Row);
    }
}
