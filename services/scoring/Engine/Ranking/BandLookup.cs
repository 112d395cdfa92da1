using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Scoring.Engine.Ranking;

/// <summary>Finds the rating band of a published score: the band with the highest threshold not above the score.</summary>
public sealed class BandLookup
{
    private readonly RatingBand[] _descending;
    private readonly int[] _declaredIndex;

    public BandLookup(IReadOnlyList<RatingBand> bands)
    {
        var order = Enumerable.Range(0, bands.Count).OrderByDescending(i => bands[i].Min).ToArray();
        _descending = [.. order.Select(i => bands[i])];
        _declaredIndex = order;
    }

    /// <returns>The index of the band in the methodology's declared order, or -1 (no band, or no score).</returns>
    public int IndexOf(double publishedScore)
    {
        for (var i = 0; i < _descending.Length; i++)
        {
            if (publishedScore >= _descending[i].Min)
            {
                return _declaredIndex[i];
            }
        }
        return -1;
    }
}
