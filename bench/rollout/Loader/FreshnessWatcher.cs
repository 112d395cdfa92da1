using System.Collections.Concurrent;
using System.Globalization;
using Assessment.Contracts.Scoring;
using Grpc.Core;

namespace Assessment.Bench.Rollout;

/// <summary>
/// Watches the national page of the quarterly cycle as a signed-in reader sees it (the assessment centre, or a body
/// looking at its draft results): every 100 ms it reads the run number the page shows; when a new run appears, it
/// asks scoring for that run's lineage and notes, for every submission behind it, when the page first showed it.
/// </summary>
internal sealed class FreshnessWatcher(Uri gateway, Scores.ScoresClient scores, string cycleId, Func<CallOptions> admin, string bearer)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _firstShown = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, DateTimeOffset> FirstShown => _firstShown;

    public int RunsSeen { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        var shown = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var html = await http.GetStringAsync($"/cycles/{cycleId}?lang=en", CancellationToken.None);
                var seenAt = DateTimeOffset.UtcNow;
                var run = RunOnPage(html);
                if (run > shown)
                {
                    shown = run;
                    RunsSeen++;
                    var result = await scores.GetScoresAsync(new GetScoresRequest { CycleId = cycleId, RunNumber = run, IncludeLineage = true }, admin());
                    foreach (var submission in result.Bodies.SelectMany(b => b.Indicators).Where(i => i.Source is not null).Select(i => i.Source.SubmissionId))
                    {
                        _firstShown.TryAdd(submission, seenAt);
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or RpcException or TaskCanceledException)
            {
                Console.WriteLine($"freshness probe failed: {e.Message}");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    private static int RunOnPage(string html)
    {
        const string marker = "data-run=\"";
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        var start = at + marker.Length;
        return int.Parse(html[start..html.IndexOf('"', start)], CultureInfo.InvariantCulture);
    }
}
