using Assessment.Contracts.Scoring;

namespace Assessment.Cli.Commands;

/// <summary>Cycle states as people write them: open, closed, draft, review, published.</summary>
internal static class CycleStateNames
{
    public static string Of(CycleState state) => state switch
    {
        CycleState.Open => "open",
        CycleState.Closed => "closed",
        CycleState.Draft => "draft",
        CycleState.Review => "review",
        CycleState.Published => "published",
        _ => "unknown",
    };

    public static readonly string[] Movable = ["closed", "draft", "review", "published"];

    public static CycleState Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "closed" => CycleState.Closed,
        "draft" => CycleState.Draft,
        "review" => CycleState.Review,
        "published" => CycleState.Published,
        _ => throw new CommandFailure($"'{text}' is not a state a cycle moves to; use {string.Join(", ", Movable)}", ExitCodes.Usage),
    };
}
