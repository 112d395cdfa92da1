using Assessment.Cli.Csv;

namespace Assessment.Scoring.Engine.Tests.Cli;

public sealed class CsvReaderTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        var table = CsvReader.Read(new StringReader("id,name,value\r\nKOR,\"Korea, Republic of\",1\r\nX,\"say \"\"hi\"\"\nthere\",2\n"), "t.csv");
        Assert.Equal(["id", "name", "value"], table.Header);
        Assert.Equal("Korea, Republic of", table.Rows[0].Fields[1]);
        Assert.Equal("say \"hi\"\nthere", table.Rows[1].Fields[1]);
        Assert.Equal(3, table.Rows[1].Line);
    }

    [Fact]
    public void Rejects_a_row_with_the_wrong_number_of_fields_naming_file_and_line()
    {
        var error = Assert.Throws<CsvFormatException>(() => CsvReader.Read(new StringReader("a,b\n1,2\n3\n"), "t.csv"));
        Assert.Contains("t.csv: line 3", error.Message);
        Assert.Contains("1 fields but the header has 2", error.Message);
    }

    [Fact]
    public void Rejects_an_unclosed_quote()
    {
        var error = Assert.Throws<CsvFormatException>(() => CsvReader.Read(new StringReader("a,b\n1,\"2\n"), "t.csv"));
        Assert.Contains("not closed", error.Message);
    }
}
