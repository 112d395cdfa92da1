namespace Assessment.Scoring.Engine.Missing;

/// <summary>What was done to one value on its way from the observation to the normalised score.</summary>
[Flags]
public enum ValueTreatment : ushort
{
    None = 0,
    /// <summary>The value was not reported.</summary>
    Missing = 1,
    /// <summary>Clipped to the indicator's cap.</summary>
    Capped = 2,
    /// <summary>Outside the transform's domain (e.g. ln of a non-positive number); treated as missing.</summary>
    OutsideTransformDomain = 4,
    ImputedPeerMean = 8,
    ImputedPeerMedian = 16,
    ImputedPrevious = 32,
    /// <summary>Replaced by the nearest retained value under the skewness/kurtosis rule.</summary>
    Winsorised = 64,
    /// <summary>The indicator was log-transformed because winsorisation could not tame it.</summary>
    LogFallback = 128,
}
