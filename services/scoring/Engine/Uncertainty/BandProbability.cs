namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>The share of Monte Carlo samples in which a body fell in a band.</summary>
public sealed record BandProbability(string Band, double Probability);
