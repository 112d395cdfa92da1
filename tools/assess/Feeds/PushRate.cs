namespace Assessment.Cli.Feeds;

/// <summary>Values per second so far and the time left at that rate.</summary>
internal readonly record struct PushRate(double ValuesPerSecond, TimeSpan? Remaining)
{
    public static PushRate Of(int sent, int total, TimeSpan elapsed)
    {
        if (sent <= 0 || elapsed <= TimeSpan.Zero)
        {
            return new PushRate(0, null);
        }

        var rate = sent / elapsed.TotalSeconds;
        return new PushRate(rate, TimeSpan.FromSeconds((total - sent) / rate));
    }
}
