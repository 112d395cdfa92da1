using Assessment.Contracts.Scoring;
using Grpc.Core;

namespace Assessment.Reporting.Scoring;

/// <summary>
/// Reads cycles, runs and scores from scoring. Draft visibility is scoring's decision, so the caller's own bearer
/// token is passed on with every read of scores; null means an anonymous reader (what a cached page may show).
/// </summary>
public sealed class ScoringReader(Cycles.CyclesClient cycles, Scores.ScoresClient scores, Methodologies.MethodologiesClient methodologies)
{
    public async Task<IReadOnlyList<Cycle>> ListCyclesAsync(string? bearer, CancellationToken cancellationToken) =>
        (await cycles.ListCyclesAsync(new ListCyclesRequest(), Headers(bearer), cancellationToken: cancellationToken)).Cycles;

    public async Task<Cycle> GetCycleAsync(string cycleId, string? bearer, CancellationToken cancellationToken) =>
        await cycles.GetCycleAsync(new GetCycleRequest { CycleId = cycleId }, Headers(bearer), cancellationToken: cancellationToken);

    public async Task<ScoreRunResult> GetScoresAsync(string cycleId, int runNumber, string? bodyCode, bool lineage, string? bearer,
        CancellationToken cancellationToken) =>
        await scores.GetScoresAsync(new GetScoresRequest
        {
            CycleId = cycleId,
            RunNumber = runNumber,
            BodyCode = bodyCode ?? string.Empty,
            IncludeLineage = lineage,
        }, Headers(bearer), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<RunSummary>> ListRunsAsync(string cycleId, string? bearer, CancellationToken cancellationToken) =>
        (await scores.ListRunsAsync(new ListRunsRequest { CycleId = cycleId }, Headers(bearer), cancellationToken: cancellationToken)).Runs;

    public async Task<IReadOnlyList<MethodologySummary>> ListMethodologiesAsync(CancellationToken cancellationToken) =>
        (await methodologies.ListMethodologiesAsync(new ListMethodologiesRequest(), cancellationToken: cancellationToken)).Methodologies;

    public async Task<MethodologyText> GetMethodologyAsync(string id, string version, CancellationToken cancellationToken) =>
        await methodologies.GetMethodologyAsync(new GetMethodologyRequest { Id = id, Version = version }, cancellationToken: cancellationToken);

    /// <summary>The cycle's data scored under two versions of one methodology (analysts and admins; the caller's token decides).</summary>
    public async Task<MethodologyComparisonResult> CompareAsync(string cycleId, string methodologyId, string versionA, string versionB, string? bearer,
        CancellationToken cancellationToken) =>
        await scores.CompareMethodologiesAsync(new CompareMethodologiesRequest
        {
            CycleId = cycleId,
            MethodologyId = methodologyId,
            VersionA = versionA,
            VersionB = versionB,
        }, Headers(bearer), cancellationToken: cancellationToken);

    private static Metadata? Headers(string? bearer) =>
        bearer is null ? null : new Metadata { { "Authorization", $"Bearer {bearer}" } };
}
