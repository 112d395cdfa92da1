namespace Assessment.Integration.Tests;

/// <summary>Polls until a condition holds or the time is up: for effects that cross the broker, never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan within, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {within.TotalSeconds:F0} s for {what}.");
            }

            await Task.Delay(250);
        }
    }
}
