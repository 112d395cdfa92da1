using System.Buffers;
using System.IO.Pipelines;
using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>
/// Feeds are UTF-8 (a UTF-8 byte-order mark is allowed). A file saved as UTF-16 or UTF-32 is refused from its first
/// bytes, naming the encoding it is in, rather than decoded by guesswork: an export tool that writes UTF-16 today
/// may write something else tomorrow, and the sender has to fix the export, not us.
/// </summary>
public static class FeedEncoding
{
    /// <summary>The bytes looked at: enough for a UTF-32 byte-order mark.</summary>
    public const int PrefixLength = 4;

    /// <summary>The issue for a payload that starts like UTF-16 or UTF-32, or null when it may be UTF-8.</summary>
    public static FeedIssue? Check(ReadOnlySpan<byte> start)
    {
        var found = Detect(start);
        if (found is null)
        {
            return null;
        }

        var (encoding, evidence) = found.Value;
        var shown = Convert.ToHexString(start[..Math.Min(start.Length, PrefixLength)]);
        return FeedIssueFactory.Create(0, "", shown,
            $"The feed is {encoding} ({evidence}); feeds are UTF-8. Save or export the file as UTF-8 (with or without a byte-order mark) and send it again; nothing was stored.",
            FeedIssueCodes.NotUtf8);
    }

    /// <summary>
    /// Looks at the first bytes of a body without consuming them: the returned stream still yields every byte.
    /// </summary>
    public static async Task<(Stream Body, FeedIssue? Issue)> CheckAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var reader = PipeReader.Create(body, new StreamPipeReaderOptions(leaveOpen: true));
        var read = await reader.ReadAtLeastAsync(PrefixLength, cancellationToken).ConfigureAwait(false);
        var start = read.Buffer.Slice(0, Math.Min(read.Buffer.Length, PrefixLength)).ToArray();
        reader.AdvanceTo(read.Buffer.Start);
        return (reader.AsStream(), Check(start));
    }

    private static (string Encoding, string Evidence)? Detect(ReadOnlySpan<byte> b)
    {
        // Longest marks first: the UTF-32 little-endian mark begins with the UTF-16 one.
        if (b.StartsWith((byte[])[0xFF, 0xFE, 0x00, 0x00]))
        {
            return ("UTF-32 little-endian", "it starts with the byte-order mark FF FE 00 00");
        }

        if (b.StartsWith((byte[])[0x00, 0x00, 0xFE, 0xFF]))
        {
            return ("UTF-32 big-endian", "it starts with the byte-order mark 00 00 FE FF");
        }

        if (b.StartsWith((byte[])[0xFF, 0xFE]))
        {
            return ("UTF-16 little-endian", "it starts with the byte-order mark FF FE");
        }

        if (b.StartsWith((byte[])[0xFE, 0xFF]))
        {
            return ("UTF-16 big-endian", "it starts with the byte-order mark FE FF");
        }

        // Without a mark: a feed starts with ASCII (a CSV header, "{" or "["), which UTF-16 and UTF-32 pad with zero
        // bytes (the detection RFC 4627 describes for JSON). UTF-8 text never holds a zero byte there.
        if (b.Length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)
        {
            return ("UTF-32 little-endian", $"its first character is followed by three zero bytes: {b[0]:X2} 00 00 00");
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0)
        {
            return ("UTF-32 big-endian", $"its first character is preceded by three zero bytes: 00 00 00 {b[3]:X2}");
        }

        if (b.Length >= 2 && b[0] != 0 && b[1] == 0)
        {
            return ("UTF-16 little-endian", $"its first character is followed by a zero byte: {b[0]:X2} 00");
        }

        if (b.Length >= 2 && b[0] == 0 && b[1] != 0)
        {
            return ("UTF-16 big-endian", $"its first character is preceded by a zero byte: 00 {b[1]:X2}");
        }

        return null;
    }
}
