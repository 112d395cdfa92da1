using Assessment.Contracts.Scoring;

namespace Assessment.Reporting.Pages;

/// <summary>The UI-string key of a cycle state, named as in the proto (OPEN, DRAFT, PUBLISHED…).</summary>
public static class StateLabel
{
    public static string Name(CycleState state) => state.ToString().ToUpperInvariant();

    public static string Key(CycleState state) => "state." + Name(state);
}
