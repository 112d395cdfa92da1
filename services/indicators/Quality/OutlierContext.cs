using System.Runtime.InteropServices;

namespace Assessment.Indicators.Quality;

/// <summary>
/// The stored values an outlier check compares a submission with, loaded without fetching whole peer groups row by
/// row: for each (indicator, period) of the submission and each peer group of its bodies, the current values of the
/// group's other bodies (those not in the submission) as one range of <see cref="PeerSamples"/>; and every current
/// value of the submission's own bodies for its indicators (their histories, and their peer values where the
/// submission does not replace them).
/// </summary>
public sealed record OutlierContext(PeerSamples Peers, IReadOnlyList<KnownValue> OwnValues)
{
    /// <summary>The same context from plain stored values (every current value that could matter), split as the database query splits them.</summary>
    public static OutlierContext From(IEnumerable<KnownValue> stored, IReadOnlyList<Feeds.FeedRow> rows, Func<string, string?> peerGroupOf)
    {
        var submissionBodies = rows.Select(r => r.BodyCode).ToHashSet(StringComparer.Ordinal);
        var own = new List<KnownValue>();
        var peers = new Dictionary<(string, string, string), List<double>>();
        foreach (var value in stored)
        {
            if (submissionBodies.Contains(value.BodyCode))
            {
                own.Add(value);
                continue;
            }

            var key = (value.IndicatorCode, value.Period, peerGroupOf(value.BodyCode) ?? string.Empty);
            if (!peers.TryGetValue(key, out var list))
            {
                peers[key] = list = [];
            }

            list.Add(value.Value);
        }

        var samples = new PeerSamples();
        foreach (var (key, values) in peers)
        {
            samples.Add(key, CollectionsMarshal.AsSpan(values));
        }

        return new OutlierContext(samples, own);
    }
}
