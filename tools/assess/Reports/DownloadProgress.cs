using System.Globalization;

namespace Assessment.Cli.Reports;

/// <summary>
/// Progress of a download on standard error: on a terminal one line rewritten in place, otherwise a line at most
/// every interval; nothing at all for a download that finishes before the first interval (small pages stay quiet).
/// </summary>
internal sealed class DownloadProgress(TextWriter error, bool isTerminal, TimeProvider time, TimeSpan interval)
{
    private readonly long _started = time.GetTimestamp();
    private TimeSpan _lastLine = TimeSpan.Zero;
    private bool _wrote;

    public void Report(long received, long? total)
    {
        var elapsed = time.GetElapsedTime(_started);
        if (elapsed - _lastLine < interval)
        {
            return;
        }

        _lastLine = elapsed;
        _wrote = true;
        var rate = received / Math.Max(elapsed.TotalSeconds, 0.001);
        var line = total is { } all && all > 0
            ? string.Create(CultureInfo.InvariantCulture, $"downloaded {Size(received)} of {Size(all)} ({100 * received / all}%), {Size((long)rate)}/s")
            : string.Create(CultureInfo.InvariantCulture, $"downloaded {Size(received)}, {Size((long)rate)}/s");
        if (isTerminal)
        {
            error.Write("\r" + line.PadRight(72));
        }
        else
        {
            error.WriteLine(line);
        }
    }

    public void Finish()
    {
        if (_wrote && isTerminal)
        {
            error.WriteLine();
        }
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };
}
