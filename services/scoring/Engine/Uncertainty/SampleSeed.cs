namespace Assessment.Scoring.Engine.Uncertainty;

/// <summary>
/// Derives the seed of one sample's generator from the run seed and the sample index (SplitMix64 mixing), so
/// a sample's draws do not depend on which thread runs it or in what order.
/// </summary>
internal static class SampleSeed
{
    public static int For(int seed, int sample)
    {
        var z = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)sample + 1);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
