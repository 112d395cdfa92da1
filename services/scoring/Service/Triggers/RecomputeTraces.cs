using System.Diagnostics;
using Assessment.ServiceDefaults.Telemetry;
using Npgsql;

namespace Assessment.Scoring.Triggers;

/// <summary>
/// Keeps the coalesced runs navigable from each feed: every feed that marks a cycle stores its trace context with
/// the mark, and the run the marks become starts as a child of the first feed's span and links the others. One
/// span cannot have many parents; links are how a trace viewer goes from any of those feeds to the run.
/// </summary>
public static class RecomputeTraces
{
    /// <summary>At most this many feeds are linked from one run; the count of feeds is recorded whatever it is.</summary>
    public const int MaxLinks = 100;

    /// <summary>The caller's trace context (W3C traceparent), as the one-element array a mark appends.</summary>
    public static string[] Current() => Activity.Current?.Id is { } id ? [id] : [];

    public static async Task<IReadOnlyList<ActivityContext>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string cycleId,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT trigger_traces FROM pending_recomputes WHERE cycle_id = $1", connection, transaction);
        command.Parameters.AddWithValue(cycleId);
        var stored = await command.ExecuteScalarAsync(cancellationToken) as string[] ?? [];
        var contexts = new List<ActivityContext>();
        foreach (var traceParent in stored)
        {
            if (ActivityContext.TryParse(traceParent, null, out var context))
            {
                contexts.Add(context);
            }
        }

        return contexts;
    }

    /// <summary>The span of one coalesced recomputation: a child of the first feed, linked to every other feed.</summary>
    public static Activity? StartRun(PendingRecompute pending, IReadOnlyList<ActivityContext> feeds)
    {
        var parent = feeds.Count > 0 ? feeds[0] : default;
        var links = feeds.Skip(1).Select(feed => new ActivityLink(feed)).ToList();
        var activity = AssessmentTelemetry.ActivitySource.StartActivity("scoring.recompute", ActivityKind.Internal, parent, links: links);
        activity?.SetTag(SpanAttributes.Cycle, pending.CycleId);
        activity?.SetTag(SpanAttributes.Feeds, pending.Submissions);
        return activity;
    }
}
