using Assessment.Contracts.Indicators;
using Assessment.Scoring.Engine.Data;

namespace Assessment.Scoring.Runs;

/// <summary>
/// The engine's dataset for one cycle, the observations that went into it (for the input hash), and where each
/// current value came from (for lineage), by body and indicator.
/// </summary>
public sealed record CycleDataset(
    Dataset Dataset,
    IReadOnlyList<ObservationRecord> Used,
    IReadOnlyDictionary<(string Body, string Indicator), ObservationRecord> Sources);
