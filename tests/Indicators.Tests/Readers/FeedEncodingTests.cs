using System.Text;
using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class FeedEncodingTests
{
    private const string Csv = "body,indicator,period,value\nKZ-11,avg_salary,2019,250000\n";

    public static TheoryData<string, byte[]> OtherEncodings => new()
    {
        { "UTF-16 little-endian", new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble().Concat(Encoding.Unicode.GetBytes(Csv)).ToArray() },
        { "UTF-16 big-endian", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Csv)).ToArray() },
        { "UTF-32 little-endian", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Csv)).ToArray() },
        { "UTF-32 big-endian", new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble().Concat(new UTF32Encoding(true, false).GetBytes(Csv)).ToArray() },
        { "UTF-16 little-endian", Encoding.Unicode.GetBytes("{\"submissionId\":\"x\"}") },
        { "UTF-16 big-endian", Encoding.BigEndianUnicode.GetBytes(Csv) },
        { "UTF-32 little-endian", Encoding.UTF32.GetBytes(Csv) },
    };

    [Theory]
    [MemberData(nameof(OtherEncodings))]
    public void Refuses_a_feed_in_another_unicode_encoding_naming_it(string encoding, byte[] bytes)
    {
        var issue = FeedEncoding.Check(bytes.AsSpan(0, FeedEncoding.PrefixLength));

        Assert.NotNull(issue);
        Assert.Equal("not_utf8", issue.Code);
        Assert.Equal(0, issue.Row);
        Assert.StartsWith($"The feed is {encoding} (", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("feeds are UTF-8", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexString(bytes, 0, FeedEncoding.PrefixLength), issue.Value);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Accepts_utf8_with_or_without_a_byte_order_mark(bool byteOrderMark) =>
        Assert.Null(FeedEncoding.Check(new UTF8Encoding(byteOrderMark).GetPreamble().Concat(Encoding.UTF8.GetBytes("тело,показатель\n")).ToArray()));

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("{}")]
    public void Accepts_payloads_too_short_to_tell_and_leaves_them_to_the_reader(string text) =>
        Assert.Null(FeedEncoding.Check(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task Looks_at_the_first_bytes_without_taking_them_from_the_body()
    {
        var sent = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv + new string('x', 100_000))).ToArray();

        var (body, issue) = await FeedEncoding.CheckAsync(new MemoryStream(sent), CancellationToken.None);
        using var rest = new MemoryStream();
        await body.CopyToAsync(rest);

        Assert.Null(issue);
        Assert.Equal(sent, rest.ToArray());
    }
}
