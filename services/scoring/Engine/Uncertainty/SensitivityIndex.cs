namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>
/// First-order (main effect) sensitivity of ranks to one assumption: Var(E[rank | assumption]) / Var(rank),
/// estimated by binning the samples on the assumption's value and averaged over the bodies whose rank varies.
/// Assumptions are named `normalisation`, `imputation`, `aggregation:NODE` and `weight:CHILD`.
/// </summary>
public sealed record SensitivityIndex(string Assumption, double FirstOrder);
