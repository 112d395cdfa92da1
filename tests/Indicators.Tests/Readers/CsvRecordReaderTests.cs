using System.Text;
using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class CsvRecordReaderTests
{
    private static List<CsvRecord> Read(string text) => new CsvRecordReader(new StringReader(text)).ReadRecords().ToList();

    [Fact]
    public void Reads_quoted_fields_with_commas_and_escaped_quotes()
    {
        var records = Read("a,\"b,c\",\"say \"\"hi\"\"\",\"\",\n");

        var record = Assert.Single(records);
        Assert.Equal(["a", "b,c", "say \"hi\"", "", ""], record.Fields);
        Assert.False(record.IsMalformed);
    }

    [Fact]
    public void Keeps_line_breaks_inside_quoted_fields_and_numbers_records_not_lines()
    {
        var records = Read("h1,h2\r\n\"line one\r\nline two\",x\r\nnext,y\r\n");

        Assert.Equal([1, 2, 3], records.Select(r => r.Number));
        Assert.Equal("line one\r\nline two", records[1].Fields[0]);
        Assert.Equal(["next", "y"], records[2].Fields);
    }

    [Fact]
    public void Reads_CRLF_LF_and_a_missing_final_line_break_alike()
    {
        var records = Read("a,b\r\nc,d\ne,f");

        Assert.Equal([["a", "b"], ["c", "d"], ["e", "f"]], records.Select(r => r.Fields.ToArray()));
        Assert.Equal([1, 2, 3], records.Select(r => r.Number));
    }

    [Fact]
    public void Strips_a_byte_order_mark_at_the_start_only()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("body,value\n\uFEFFx,1\n")).ToArray();
        // A reader that does not detect the BOM itself hands it on as a character.
        using var text = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);

        var records = new CsvRecordReader(text).ReadRecords().ToList();

        Assert.Equal("body", records[0].Fields[0]);
        Assert.Equal("\uFEFFx", records[1].Fields[0]);
    }

    [Fact]
    public void Skips_blank_lines_but_counts_them_in_record_numbers()
    {
        var records = Read("a\r\n\r\nb\n\nc\n");

        Assert.Equal([1, 3, 5], records.Select(r => r.Number));
        Assert.Equal(["a", "b", "c"], records.Select(r => r.Fields[0]));
    }

    [Fact]
    public void Reports_an_unterminated_quote_with_its_record_number()
    {
        var records = Read("a,b\nc,\"never closed\nd,e\n");

        Assert.Equal(2, records.Count);
        var broken = records[1];
        Assert.Equal(2, broken.Number);
        Assert.True(broken.IsMalformed);
        Assert.Equal(1, broken.Problem!.FieldIndex);
        Assert.Contains("never closed", broken.Problem.Reason);
        Assert.Contains("record 2", broken.Problem.Reason);
        Assert.Equal("never closed\nd,e\n", broken.Fields[1]);
    }

    [Fact]
    public void Reports_a_quote_in_the_middle_of_an_unquoted_field_and_reads_on()
    {
        var records = Read("a,b\"c,d\nok,fine\n");

        Assert.True(records[0].IsMalformed);
        Assert.Equal(1, records[0].Problem!.FieldIndex);
        Assert.Equal(["a", "b\"c", "d"], records[0].Fields);
        Assert.False(records[1].IsMalformed);
        Assert.Equal(2, records[1].Number);
    }

    [Fact]
    public void Reports_text_after_a_closing_quote()
    {
        var record = Assert.Single(Read("\"ab\"c,d\n"));

        Assert.True(record.IsMalformed);
        Assert.Equal(0, record.Problem!.FieldIndex);
        Assert.Contains("after the closing quote", record.Problem.Reason);
    }

    [Fact]
    public async Task Reads_the_same_records_when_every_character_arrives_in_its_own_chunk()
    {
        const string text = "\uFEFFh1,h2\r\n\"a,\"\"b\"\"\r\nc\",d\r\n\r\ne,\"\"\r\nf,g";

        var whole = Read(text);
        var trickled = new List<CsvRecord>();
        await foreach (var record in new CsvRecordReader(new TrickleReader(text)).ReadRecordsAsync())
        {
            trickled.Add(record);
        }

        Assert.Equal(whole.Select(r => (r.Number, string.Join('|', r.Fields))), trickled.Select(r => (r.Number, string.Join('|', r.Fields))));
        Assert.Equal([1, 2, 4, 5], trickled.Select(r => r.Number));
        Assert.Equal("a,\"b\"\r\nc", trickled[1].Fields[0]);
        Assert.Equal("h1", trickled[0].Fields[0]);
    }

    [Fact]
    public void Reads_records_beyond_the_first_buffer()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            text.Append($"code-{i},\"quoted, {i}\"\r\n");
        }

        var records = Read(text.ToString());

        Assert.Equal(5000, records.Count);
        Assert.Equal(["code-4321", "quoted, 4321"], records[4321].Fields);
        Assert.Equal(5000, records[^1].Number);
    }

    [Fact]
    public void Keeps_only_one_character_past_the_field_limit()
    {
        var record = new CsvRecordReader(new StringReader("short," + new string('x', 50) + "\n"), maxFieldLength: 10).ReadRecord();

        Assert.Equal("short", record!.Fields[0]);
        Assert.Equal(11, record.Fields[1].Length);
    }

    [Fact]
    public void Continues_after_the_header_was_read_alone()
    {
        var reader = new CsvRecordReader(new StringReader("h\n1\n2\n"));

        var header = reader.ReadRecord();
        var rest = reader.ReadRecords().ToList();

        Assert.Equal("h", header!.Fields[0]);
        Assert.Equal(["1", "2"], rest.Select(r => r.Fields[0]));
        Assert.Null(reader.ReadRecord());
    }

    [Fact]
    public void Gives_no_records_for_empty_text()
    {
        Assert.Empty(Read(""));
        Assert.Empty(Read("\uFEFF"));
    }
}
