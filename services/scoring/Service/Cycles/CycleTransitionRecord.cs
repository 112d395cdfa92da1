using Assessment.Contracts.Scoring;

namespace Assessment.Scoring.Cycles;

/// <summary>One move of a cycle: from, to, who, when and why.</summary>
public sealed record CycleTransitionRecord(CycleState From, CycleState To, string Actor, DateTimeOffset At, string Reason);
