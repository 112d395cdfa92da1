using System.Globalization;
using Assessment.Bench.Ingest;
using Assessment.Contracts.Scoring;
using Grpc.Core;

namespace Assessment.Bench.Rollout;

/// <summary>
/// Where a feed's freshness goes, from scoring's own records: the broker (a feed's receipt at indicators to its event
/// recorded in scoring) and the runs of the cycle during the rollout (how often scoring recomputed and showed feeds).
/// </summary>
internal static class FreshnessBreakdown
{
    public static async Task PrintAsync(FeedActivity.FeedActivityClient activity, Scores.ScoresClient scores, Func<CallOptions> admin,
        string cycleId, IReadOnlyList<PushResult> pushes, DateTimeOffset rolloutStart)
    {
        var ours = pushes.Select(p => p.SubmissionId).ToHashSet(StringComparer.Ordinal);
        var events = await activity.ListFeedEventsAsync(new ListFeedEventsRequest { Limit = Math.Max(500, pushes.Count * 2) }, admin());
        var brokerMs = events.Events.Where(e => ours.Contains(e.SubmissionId))
            .Select(e => (e.ReceivedAt.ToDateTimeOffset() - e.AcceptedAt.ToDateTimeOffset()).TotalMilliseconds).ToList();
        Console.WriteLine($"stored in indicators (accepted_at) -> event recorded in scoring: {brokerMs.Count} feeds, p50 {F(Percentiles.Of(brokerMs, 50))} ms, " +
                          $"p95 {F(Percentiles.Of(brokerMs, 95))} ms, max {F(brokerMs.Count == 0 ? double.NaN : brokerMs.Max())} ms");

        var runs = (await scores.ListRunsAsync(new ListRunsRequest { CycleId = cycleId }, admin())).Runs
            .Where(r => r.ComputedAt.ToDateTimeOffset() >= rolloutStart).OrderBy(r => r.RunNumber).ToList();
        var at = runs.Select(r => $"{(r.ComputedAt.ToDateTimeOffset() - rolloutStart).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s ({r.Trigger})");
        Console.WriteLine($"runs of {cycleId} since the rollout began: {runs.Count}, computed at {string.Join(", ", at)}");
    }

    private static string F(double v) => v.ToString("F0", CultureInfo.InvariantCulture);
}
