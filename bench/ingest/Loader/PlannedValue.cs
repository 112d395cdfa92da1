namespace Assessment.Bench.Ingest;

/// <summary>One generated value and the revision it becomes (layer 0 is revision 1, later layers are corrections).</summary>
internal sealed record PlannedValue(ObservationKey Key, double Value, int Revision);
