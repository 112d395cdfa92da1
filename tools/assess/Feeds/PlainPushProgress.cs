using System.Globalization;

namespace Assessment.Cli.Feeds;

/// <summary>
/// Progress for logs and pipes (stderr not a terminal): a line after the first batch, then at most one per interval,
/// then one at the end: "pushed 12,000/200,000 values (6%), 8,000 values/s, about 24 s left".
/// </summary>
internal sealed class PlainPushProgress(TextWriter error, TimeProvider time, TimeSpan interval) : IPushProgress
{
    public async Task<T> RunAsync<T>(int total, Func<Action<int>, Task<T>> push)
    {
        var started = time.GetTimestamp();
        TimeSpan? lastLine = null;
        var lastSent = 0;
        void Report(int sent)
        {
            lastSent = sent;
            var elapsed = time.GetElapsedTime(started);
            if (lastLine is null || elapsed - lastLine >= interval)
            {
                lastLine = elapsed;
                Write(sent, total, elapsed);
            }
        }

        var result = await push(Report);
        if (lastSent > 0)
        {
            Write(lastSent, total, time.GetElapsedTime(started));
        }

        return result;
    }

    private void Write(int sent, int total, TimeSpan elapsed)
    {
        var rate = PushRate.Of(sent, total, elapsed);
        var percent = total == 0 ? 100 : 100L * sent / total;
        var left = sent < total && rate.Remaining is { } remaining ? $", about {Math.Ceiling(remaining.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)} s left" : string.Empty;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pushed {sent:N0}/{total:N0} values ({percent}%), {rate.ValuesPerSecond:N0} values/s{left}"));
    }
}
