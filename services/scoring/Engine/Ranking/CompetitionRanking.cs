namespace Assessment.Scoring.Engine.Ranking;

/// <summary>
/// Standard competition ranking ("1224"): bodies with equal scores share the best rank of their group and the
/// next body's rank skips by the size of the group. Higher scores rank first; NaN (withheld) gets rank 0 =
/// unranked. Scores are compared as published (rounded), so two bodies shown with the same score share a rank.
/// </summary>
public sealed class CompetitionRanking(int capacity)
{
    private readonly double[] _keys = new double[capacity];
    private readonly int[] _index = new int[capacity];

    public void Rank(ReadOnlySpan<double> scores, Span<int> ranks)
    {
        var n = 0;
        for (var b = 0; b < scores.Length; b++)
        {
            ranks[b] = 0;
            if (!double.IsNaN(scores[b]))
            {
                _keys[n] = -scores[b];
                _index[n] = b;
                n++;
            }
        }
        var keys = _keys.AsSpan(0, n);
        var index = _index.AsSpan(0, n);
        keys.Sort(index);
        for (var i = 0; i < n; i++)
        {
            ranks[index[i]] = i > 0 && keys[i] == keys[i - 1] ? ranks[index[i - 1]] : i + 1;
        }
    }

    /// <summary>Ranks within each peer group separately.</summary>
    public void RankWithinGroups(ReadOnlySpan<double> scores, ReadOnlySpan<int> group, int groupCount, Span<int> ranks, Span<double> scratchScores, Span<int> scratchRanks)
    {
        for (var g = 0; g < groupCount; g++)
        {
            var m = 0;
            for (var b = 0; b < scores.Length; b++)
            {
                if (group[b] == g)
                {
                    scratchScores[m++] = scores[b];
                }
            }
            Rank(scratchScores[..m], scratchRanks[..m]);
            m = 0;
            for (var b = 0; b < scores.Length; b++)
            {
                if (group[b] == g)
                {
                    ranks[b] = scratchRanks[m++];
                }
            }
        }
    }
}
