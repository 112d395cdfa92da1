using Assessment.Contracts.Scoring;

namespace Assessment.Scoring.Cycles;

/// <summary>
/// The one place that says which moves a cycle may make: OPEN -> CLOSED -> DRAFT -> REVIEW -> PUBLISHED, in that
/// order, plus REVIEW -> DRAFT so that a corrected run can be drafted again. DRAFT needs a stored run. PUBLISHED is
/// final: a published run never changes, and a correction after publication is a new cycle, not a new state.
/// </summary>
public static class CycleStateMachine
{
    private static readonly Dictionary<CycleState, CycleState[]> Allowed = new()
    {
        [CycleState.Open] = [CycleState.Closed],
        [CycleState.Closed] = [CycleState.Draft],
        [CycleState.Draft] = [CycleState.Review],
        [CycleState.Review] = [CycleState.Published, CycleState.Draft],
        [CycleState.Published] = [],
    };

    /// <summary>Why the move is refused, or null when it is allowed.</summary>
    public static string? Refusal(string cycleId, CycleState from, CycleState to, bool hasRun)
    {
        if (!Allowed.ContainsKey(to))
        {
            return $"'{to}' is not a state a cycle can move to; use CLOSED, DRAFT, REVIEW or PUBLISHED.";
        }

        if (from == to)
        {
            return $"Cycle {cycleId} is already {Name(from)}.";
        }

        if (from == CycleState.Published)
        {
            return $"Cycle {cycleId} is PUBLISHED, which is final: its published run never changes. A correction is published in a new cycle.";
        }

        if (!Allowed.TryGetValue(from, out var next) || !next.Contains(to))
        {
            return $"Cycle {cycleId} cannot move from {Name(from)} to {Name(to)}; from {Name(from)} it can only move to {string.Join(" or ", next?.Select(Name) ?? [])}.";
        }

        if (to == CycleState.Draft && !hasRun)
        {
            return $"Cycle {cycleId} has no score run yet; compute one (ComputeRun) before moving it to DRAFT.";
        }

        return null;
    }

    /// <summary>Whether a cycle in this state takes new runs: not while its run is under review, never once published.</summary>
    public static string? RunRefusal(string cycleId, CycleState state) => state switch
    {
        CycleState.Review => $"Cycle {cycleId} is in REVIEW; move it back to DRAFT to compute a corrected run.",
        CycleState.Published => $"Cycle {cycleId} is PUBLISHED; its published run never changes.",
        _ => null,
    };

    /// <summary>Whether feeds recompute the cycle by themselves.</summary>
    public static bool RecomputesAutomatically(CycleState state) => state is CycleState.Open or CycleState.Draft;

    public static string Name(CycleState state) => state switch
    {
        CycleState.Open => "OPEN",
        CycleState.Closed => "CLOSED",
        CycleState.Draft => "DRAFT",
        CycleState.Review => "REVIEW",
        CycleState.Published => "PUBLISHED",
        _ => "UNSPECIFIED",
    };
}
