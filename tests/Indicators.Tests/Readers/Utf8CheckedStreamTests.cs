using System.Text;
using Assessment.Indicators.Feeds.Readers;

namespace Assessment.Indicators.Tests.Readers;

public class Utf8CheckedStreamTests
{
    private const string Csv = "body,indicator,period,value,unit,comment\nKZ-11,avg_salary,2019,250000,,данные акимата\nKZ-15,avg_salary,2019,260000,,€ and 𝄞\n";

    [Fact]
    public async Task UTF8_passes_through_unchanged_even_when_read_a_byte_at_a_time()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv);
        using var checkedStream = new Utf8CheckedStream(new OneByteAtATime(bytes));
        using var copy = new MemoryStream();

        await checkedStream.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task A_Windows_1251_comment_is_refused_with_its_line_its_byte_and_the_likely_encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes("body,indicator,period,value,unit,comment\nKZ-11,avg_salary,2019,250000,,\nKZ-15,avg_salary,2019,260000,,данные\n");
        using var reader = new StreamReader(new Utf8CheckedStream(new MemoryStream(bytes)), Encoding.UTF8);

        var refusal = await Assert.ThrowsAsync<NotUtf8FeedException>(() => reader.ReadToEndAsync());

        var firstCyrillic = Array.IndexOf(bytes, (byte)0xE4); // "д" in Windows-1251
        Assert.Equal(3, refusal.Line);
        Assert.Equal(firstCyrillic, refusal.Position);
        Assert.Equal(3, refusal.Issue.Row);
        Assert.Equal("not_utf8", refusal.Issue.Code);
        Assert.StartsWith("E4", refusal.Issue.Value);
        Assert.Contains("Windows-1251", refusal.Issue.Reason);
        Assert.Contains($"at byte {firstCyrillic + 1}", refusal.Issue.Reason);
    }

    [Fact]
    public async Task A_sequence_cut_off_by_the_end_of_the_file_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("body,indicator,period,value,unit,comment\nKZ-11,avg_salary,2019,250000,,д");
        using var reader = new StreamReader(new Utf8CheckedStream(new OneByteAtATime(bytes[..^1])), Encoding.UTF8);

        var refusal = await Assert.ThrowsAsync<NotUtf8FeedException>(() => reader.ReadToEndAsync());

        Assert.Equal(2, refusal.Line);
    }

    [Fact]
    public void A_stray_continuation_byte_is_refused_without_naming_Windows_1251()
    {
        var bytes = Encoding.ASCII.GetBytes("body\nKZ-11\n").Concat(new byte[] { 0x80 }).ToArray();
        using var stream = new Utf8CheckedStream(new MemoryStream(bytes));

        var refusal = Assert.Throws<NotUtf8FeedException>(() => stream.CopyTo(Stream.Null));

        Assert.Equal(3, refusal.Line);
        Assert.Equal(11, refusal.Position);
        Assert.DoesNotContain("Windows-1251", refusal.Issue.Reason);
    }

    /// <summary>Hands out one byte per read, so that every multi-byte sequence is split across reads.</summary>
    private sealed class OneByteAtATime(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, 1), cancellationToken);
    }
}
