using System.Runtime.CompilerServices;
using Assessment.Contracts.Scoring;

namespace Assessment.Integration.Tests;

/// <summary>
/// The cycles the authorisation matrix's reporting rows point at, set up once per running system (every row and role
/// reuses them): a DRAFT cycle with one run, a cycle in REVIEW (contests are taken only then), and the published
/// regional cycle with its methodology. Paths name them as {draft}, {draftRun}, {review}, {published} and {methodology}.
/// </summary>
public sealed class MatrixCycles
{
    private static readonly ConditionalWeakTable<RunningSystem, Task<MatrixCycles>> Shared = new();

    private readonly Dictionary<string, string> _placeholders;

    private MatrixCycles(Dictionary<string, string> placeholders) => _placeholders = placeholders;

    public static Task<MatrixCycles> ForAsync(RunningSystem system) => Shared.GetValue(system, CreateAsync);

    public string Resolve(string path) =>
        _placeholders.Aggregate(path, (resolved, placeholder) => resolved.Replace(placeholder.Key, placeholder.Value, StringComparison.Ordinal));

    private static async Task<MatrixCycles> CreateAsync(RunningSystem system)
    {
        var cycles = new ReportingCycles(system);
        var published = await cycles.EnsurePublishedAsync();
        var (draft, run) = await cycles.OpenDraftAsync("matrix-draft");
        await cycles.MoveAsync(draft.CycleId, CycleState.Closed);
        draft = await cycles.MoveAsync(draft.CycleId, CycleState.Draft);
        var (review, _) = await cycles.OpenInReviewAsync("matrix-review");
        return new MatrixCycles(new Dictionary<string, string>
        {
            ["{draftRun}"] = run.RunNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{draft}"] = draft.CycleId,
            ["{review}"] = review.CycleId,
            ["{published}"] = published.CycleId,
            ["{methodology}"] = $"{published.MethodologyId}/{published.MethodologyVersion}",
        });
    }
}
