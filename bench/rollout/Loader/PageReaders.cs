using System.Collections.Concurrent;
using System.Diagnostics;

namespace Assessment.Bench.Rollout;

/// <summary>Citizens reading the national page through the gateway, as fast as it answers, until told to stop.</summary>
internal sealed class PageReaders(Uri gateway, string path, int readers)
{
    private readonly ConcurrentBag<double> _latencies = [];
    private long _errors;

    public IReadOnlyCollection<double> LatenciesMs => _latencies;

    public long Errors => Interlocked.Read(ref _errors);

    public Task RunAsync(CancellationToken stop) => Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Run(async () =>
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                if (response.IsSuccessStatusCode)
                {
                    _latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref _errors);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref _errors);
            }
        }
    })));
}
