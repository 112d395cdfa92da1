using Assessment.ServiceDefaults.Signals;

namespace Assessment.Scoring.Triggers;

/// <summary>
/// Wakes this instance's coalescer when a feed has just marked a cycle, so a lone feed is recomputed after the quiet
/// spell instead of after the next poll as well (up to a second more). Other replicas find the mark when they poll.
/// </summary>
public sealed class RecomputeSignal : WakeSignal;
