using System.Collections.Concurrent;
using Assessment.Contracts.Scoring;
using Assessment.Reporting.Consultation;
using Assessment.Reporting.Scoring;
using Grpc.Core;

namespace Assessment.Reporting.Pages;

/// <summary>
/// What a methodology page says about the previous version: the lines of text that changed, and the rankings of a
/// published cycle scored under both versions. A published cycle's data are locked, so a comparison is memoised
/// per cycle, published run and pair of versions.
/// </summary>
public sealed class VersionComparison(ScoringReader scoring, AnalystCredential credential, ILogger<VersionComparison> logger)
{
    private readonly ConcurrentDictionary<string, ComparisonSummary> _done = new(StringComparer.Ordinal);

    public sealed record Result(MethodologySummary? Previous, IReadOnlyList<TextDiff.Line> Changes, ComparisonSummary? Rankings);

    public async Task<Result> AgainstPreviousAsync(MethodologySummary current, IReadOnlyList<MethodologySummary> versions, CancellationToken cancellationToken)
    {
        var previous = versions
            .Where(v => v.Version != current.Version && Registered(v) <= Registered(current))
            .OrderByDescending(Registered).ThenByDescending(v => v.Version, StringComparer.Ordinal)
            .FirstOrDefault();
        if (previous is null)
        {
            return new Result(null, [], null);
        }

        var before = await scoring.GetMethodologyAsync(previous.Id, previous.Version, cancellationToken);
        var after = await scoring.GetMethodologyAsync(current.Id, current.Version, cancellationToken);
        var changes = TextDiff.Changes(before.Yaml, after.Yaml);
        return new Result(previous, changes, await RankingsAsync(current.Id, previous.Version, current.Version, cancellationToken));
    }

    private async Task<ComparisonSummary?> RankingsAsync(string id, string versionA, string versionB, CancellationToken cancellationToken)
    {
        var cycles = await scoring.ListCyclesAsync(null, cancellationToken);
        // The cycle scored under either version, latest period first: only published data may illustrate a public page.
        var cycle = cycles
            .Where(c => c.MethodologyId == id && c.State == CycleState.Published && (c.MethodologyVersion == versionA || c.MethodologyVersion == versionB))
            .OrderByDescending(c => c.Period, StringComparer.Ordinal)
            .FirstOrDefault();
        if (cycle is null)
        {
            return null;
        }

        var key = $"{cycle.CycleId}#{cycle.PublishedRun}|{id}|{versionA}|{versionB}";
        if (_done.TryGetValue(key, out var known))
        {
            return known;
        }

        try
        {
            var result = await scoring.CompareAsync(cycle.CycleId, id, versionA, versionB, credential.Issue(), cancellationToken);
            return _done[key] = ConsultationService.Summarise(result, id);
        }
        catch (RpcException ex)
        {
            logger.LogWarning("Comparison of {Id} {A} and {B} on {Cycle} failed: {Status}", id, versionA, versionB, cycle.CycleId, ex.Status);
            return null;
        }
    }

    private static DateTimeOffset Registered(MethodologySummary summary) => summary.RegisteredAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue;
}
