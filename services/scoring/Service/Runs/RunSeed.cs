using System.Security.Cryptography;
using System.Text;

namespace Assessment.Scoring.Runs;

/// <summary>The Monte Carlo seed of a run, derived from the cycle and run number so that recomputing a run reproduces its intervals.</summary>
public static class RunSeed
{
    public static int For(string cycleId, int runNumber)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{cycleId}#{runNumber}"));
        return BitConverter.ToInt32(digest, 0) & int.MaxValue;
    }
}
