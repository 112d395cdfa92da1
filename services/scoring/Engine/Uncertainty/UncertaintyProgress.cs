namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>Samples finished so far out of the total; reported through IProgress from worker threads.</summary>
public readonly record struct UncertaintyProgress(int Completed, int Total);
