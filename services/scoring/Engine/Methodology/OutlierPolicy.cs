namespace Assessment.Scoring.Engine.Methodology;

/// <summary>
/// The JRC/COIN rule: an indicator whose |skewness| exceeds <see cref="Skewness"/> and whose excess kurtosis
/// exceeds <see cref="Kurtosis"/> is winsorised one point at a time, up to <see cref="MaxWinsorised"/> points;
/// if that is not enough the winsorisation is undone and a log transform is used instead.
/// </summary>
public sealed record OutlierPolicy(bool Enabled, double Skewness, double Kurtosis, int MaxWinsorised)
{
    public static readonly OutlierPolicy Off = new(false, 2, 3.5, 5);
}
