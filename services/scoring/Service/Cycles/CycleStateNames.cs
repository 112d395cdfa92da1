using Assessment.Contracts.Scoring;

namespace Assessment.Scoring.Cycles;

/// <summary>How cycle states are spelled in the database (lower-case words, checked by the table).</summary>
public static class CycleStateNames
{
    public static string ToDb(CycleState state) => state switch
    {
        CycleState.Open => "open",
        CycleState.Closed => "closed",
        CycleState.Draft => "draft",
        CycleState.Review => "review",
        CycleState.Published => "published",
        _ => "none",
    };

    public static CycleState FromDb(string name) => name switch
    {
        "open" => CycleState.Open,
        "closed" => CycleState.Closed,
        "draft" => CycleState.Draft,
        "review" => CycleState.Review,
        "published" => CycleState.Published,
        _ => CycleState.Unspecified,
    };
}
