namespace Assessment.Indicators.Tests.Readers;

/// <summary>
/// A TextReader that hands out at most a few characters per read, so that every record, quote and
/// CRLF of a test input falls across a buffer boundary somewhere.
/// </summary>
internal sealed class TrickleReader(string text, int charsPerRead = 1) : TextReader
{
    private int _position;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = Math.Min(Math.Min(buffer.Length, charsPerRead), text.Length - _position);
        text.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));
}
