using System.Globalization;
using System.Runtime.InteropServices;
using Assessment.Indicators.Feeds;

namespace Assessment.Indicators.Quality;

/// <summary>
/// Flags values whose modified z-score exceeds the threshold against (a) the same indicator and period in the other
/// bodies of the peer group and (b) the same body's other periods of the same kind. The values of the submission
/// itself count as known values, overriding stored ones, because a region's whole set often arrives at once.
/// </summary>
public sealed class OutlierDetector(double threshold, int minimumSample)
{
    public IReadOnlyList<OutlierFlag> Detect(IReadOnlyList<FeedRow> rows, IEnumerable<KnownValue> stored, Func<string, string?> peerGroupOf) =>
        Detect(rows, OutlierContext.From(stored, rows, peerGroupOf), peerGroupOf);

    public IReadOnlyList<OutlierFlag> Detect(IReadOnlyList<FeedRow> rows, OutlierContext context, Func<string, string?> peerGroupOf)
    {
        // The submission's bodies: their stored values, replaced by the submission's where it sends the same key.
        var own = new Dictionary<(string Body, string Indicator, string Period), double>();
        foreach (var value in context.OwnValues)
        {
            own[(value.BodyCode, value.IndicatorCode, value.Period)] = value.Value;
        }

        foreach (var row in rows)
        {
            if (row.Value is { } v && double.IsFinite(v))
            {
                own[(row.BodyCode, row.IndicatorCode, row.Period)] = v;
            }
        }

        // Indexed once per submission: each row then walks only its own samples.
        var ownPeers = new Dictionary<(string Indicator, string Period), List<(string Body, double Value)>>();
        var histories = new Dictionary<(string Body, string Indicator), List<(string Period, double Value)>>();
        foreach (var ((body, indicator, period), value) in own)
        {
            Add(ownPeers, (indicator, period), (body, value));
            Add(histories, (body, indicator), (period, value));
        }

        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        string GroupOf(string body)
        {
            if (!groups.TryGetValue(body, out var group))
            {
                group = peerGroupOf(body) ?? string.Empty;
                groups[body] = group;
            }

            return group;
        }

        var sample = new List<double>();
        var scratch = new List<double>();
        var flags = new List<OutlierFlag>();
        foreach (var row in rows)
        {
            if (row.Value is not { } value || !double.IsFinite(value))
            {
                continue;
            }

            var group = GroupOf(row.BodyCode);
            sample.Clear();
            sample.AddRange(context.Peers.Of((row.IndicatorCode, row.Period, group)));

            foreach (var (body, peerValue) in ownPeers[(row.IndicatorCode, row.Period)])
            {
                if (body != row.BodyCode && GroupOf(body) == group)
                {
                    sample.Add(peerValue);
                }
            }

            AddIfOutlier(row, value, sample, scratch, FeedIssueCodes.OutlierAgainstPeers, $"the other bodies of peer group {group} in {row.Period}", flags);

            sample.Clear();
            foreach (var (period, ownValue) in histories[(row.BodyCode, row.IndicatorCode)])
            {
                if (period != row.Period && period.Length == row.Period.Length)
                {
                    sample.Add(ownValue);
                }
            }

            AddIfOutlier(row, value, sample, scratch, FeedIssueCodes.OutlierAgainstHistory, $"{row.BodyCode}'s own values in other periods", flags);
        }

        return flags;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _);
        (list ??= []).Add(value);
    }

    private void AddIfOutlier(FeedRow row, double value, List<double> sample, List<double> scratch, string kind, string against, List<OutlierFlag> flags)
    {
        if (sample.Count < minimumSample)
        {
            return;
        }

        var count = sample.Count;
        CollectionsMarshal.SetCount(scratch, Math.Max(scratch.Count, count));
        if (ModifiedZScore.OfInPlace(value, CollectionsMarshal.AsSpan(sample), CollectionsMarshal.AsSpan(scratch), out var median) is not { } score
            || Math.Abs(score) <= threshold)
        {
            return;
        }

        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{value} is far from the median {median:G6} of {count} values of {against} (modified z-score {score:F2}, threshold {threshold}). Check it; it was accepted.");
        flags.Add(new OutlierFlag(row.Row, row.BodyCode, row.IndicatorCode, row.Period, kind, score, threshold, detail));
    }
}
