using System.Globalization;
using Assessment.Indicators.Feeds;

namespace Assessment.Indicators.Quality;

/// <summary>
/// Flags values whose modified z-score exceeds the threshold against (a) the same indicator and period in the other
/// bodies of the peer group and (b) the same body's other periods of the same kind. The values of the submission
/// itself count as known values, overriding stored ones, because a region's whole set often arrives at once.
/// </summary>
public sealed class OutlierDetector(double threshold, int minimumSample)
{
    public IReadOnlyList<OutlierFlag> Detect(IReadOnlyList<FeedRow> rows, IEnumerable<KnownValue> stored, Func<string, string?> peerGroupOf)
    {
        var known = new Dictionary<(string Body, string Indicator, string Period), double>();
        foreach (var value in stored)
        {
            known[(value.BodyCode, value.IndicatorCode, value.Period)] = value.Value;
        }

        foreach (var row in rows)
        {
            if (row.Value is { } v && double.IsFinite(v))
            {
                known[(row.BodyCode, row.IndicatorCode, row.Period)] = v;
            }
        }

        var byIndicatorPeriod = known.GroupBy(k => (k.Key.Indicator, k.Key.Period)).ToDictionary(g => g.Key, g => g.ToList());
        var byBodyIndicator = known.GroupBy(k => (k.Key.Body, k.Key.Indicator)).ToDictionary(g => g.Key, g => g.ToList());

        var flags = new List<OutlierFlag>();
        foreach (var row in rows)
        {
            if (row.Value is not { } value || !double.IsFinite(value))
            {
                continue;
            }

            var group = peerGroupOf(row.BodyCode);
            var peers = byIndicatorPeriod[(row.IndicatorCode, row.Period)]
                .Where(k => k.Key.Body != row.BodyCode && peerGroupOf(k.Key.Body) == group)
                .Select(k => k.Value).ToList();
            AddIfOutlier(row, value, peers, FeedIssueCodes.OutlierAgainstPeers, $"the other bodies of peer group {group} in {row.Period}", flags);

            var history = byBodyIndicator[(row.BodyCode, row.IndicatorCode)]
                .Where(k => k.Key.Period != row.Period && k.Key.Period.Length == row.Period.Length)
                .Select(k => k.Value).ToList();
            AddIfOutlier(row, value, history, FeedIssueCodes.OutlierAgainstHistory, $"{row.BodyCode}'s own values in other periods", flags);
        }

        return flags;
    }

    private void AddIfOutlier(FeedRow row, double value, List<double> sample, string kind, string against, List<OutlierFlag> flags)
    {
        if (sample.Count < minimumSample || ModifiedZScore.Of(value, sample) is not { } score || Math.Abs(score) <= threshold)
        {
            return;
        }

        var median = ModifiedZScore.Median(sample);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{value} is far from the median {median:G6} of {sample.Count} values of {against} (modified z-score {score:F2}, threshold {threshold}). Check it; it was accepted.");
        flags.Add(new OutlierFlag(row.Row, row.BodyCode, row.IndicatorCode, row.Period, kind, score, threshold, detail));
    }
}
