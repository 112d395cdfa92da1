using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Assessment.Contracts.Indicators;
using EngineBody = Assessment.Scoring.Engine.Data.Body;

namespace Assessment.Scoring.Runs;

/// <summary>
/// SHA-256 over everything a run depends on: the methodology text, the bodies with their peer groups, and every
/// observation used with its revision. Independent of the order values arrived in, so the same inputs always give
/// the same hash and a recomputation that would change nothing is recognised.
/// </summary>
public static class InputHash
{
    public static string Compute(string methodologyYaml, IEnumerable<EngineBody> bodies, IEnumerable<ObservationRecord> observations)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Line(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        Line("methodology");
        Line(methodologyYaml);
        Line("bodies");
        foreach (var body in bodies.OrderBy(b => b.Code, StringComparer.Ordinal))
        {
            Line($"{body.Code}\t{body.PeerGroup}");
        }

        Line("observations");
        foreach (var o in observations.OrderBy(o => o.Period, StringComparer.Ordinal).ThenBy(o => o.BodyCode, StringComparer.Ordinal)
                     .ThenBy(o => o.IndicatorCode, StringComparer.Ordinal))
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"{o.Period}\t{o.BodyCode}\t{o.IndicatorCode}\t{o.Revision}\t{o.Value:R}\t{o.SubmissionId}"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
