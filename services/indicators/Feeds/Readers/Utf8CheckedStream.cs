using System.Text;
using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// Passes a feed's bytes through unchanged and stops at the first sequence that is not UTF-8, with the line and byte
/// where it is. Without it a decoder puts U+FFFD in place of such bytes, and a comment or name written in another
/// encoding would be stored altered without a word: a CSV saved by Excel on Russian-language Windows is Windows-1251.
/// </summary>
public sealed class Utf8CheckedStream(Stream inner) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = [];
    private long _position;
    private int _line = 1;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Checked(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Checked(buffer[..inner.Read(buffer)]);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Checked(buffer.Span[..read]);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Checked(ReadOnlySpan<byte> chunk)
    {
        try
        {
            // Decoded (and dropped) rather than counted: only decoding keeps a sequence split between two reads. An
            // empty read is the end: a sequence cut off there is not UTF-8 either.
            if (_chars.Length < chunk.Length + 4)
            {
                _chars = new char[chunk.Length + 4];
            }

            _decoder.GetChars(chunk, _chars, flush: chunk.IsEmpty);
        }
        catch (DecoderFallbackException e)
        {
            // The index is within this chunk, or before it when the sequence began in the previous one.
            var at = Math.Clamp(e.Index, 0, chunk.Length);
            throw new NotUtf8FeedException(_line + chunk[..at].Count((byte)'\n'), _position + at, e.BytesUnknown ?? []);
        }

        _line += chunk.Count((byte)'\n');
        _position += chunk.Length;
        return chunk.Length;
    }
}

/// <summary>A feed holds bytes that are not UTF-8: where they are, and the issue that tells the sender.</summary>
public sealed class NotUtf8FeedException(int line, long position, byte[] bytes)
    : Exception($"Line {line}, byte {position + 1}: {Convert.ToHexString(bytes)} is not UTF-8.")
{
    public int Line { get; } = line;

    public long Position { get; } = position;

    public FeedIssue Issue
    {
        get
        {
            var shown = string.Join(' ', bytes.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
            // Cyrillic letters are C0-FF in Windows-1251, and most of them cannot start a UTF-8 sequence there.
            var likely = bytes.Length > 0 && bytes[0] >= 0xC0
                ? " It looks like Windows-1251 (Cyrillic), the encoding Excel saves CSV in on Russian-language Windows."
                : string.Empty;
            return FeedIssueFactory.Create(Line, "", shown,
                $"Line {Line} holds bytes that are not UTF-8 ({shown}, at byte {Position + 1} of the file).{likely} Feeds are UTF-8: save or "
                + "export the file as UTF-8 (in Excel: \"CSV UTF-8\") and send it again; nothing was stored.",
                FeedIssueCodes.NotUtf8);
        }
    }
}
