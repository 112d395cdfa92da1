using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Feeds.Readers;

/// <summary>What a reader got out of a payload: the rows it could read, and one issue per thing it could not.</summary>
public sealed record FeedReadResult(IReadOnlyList<FeedRow> Rows, IReadOnlyList<FeedIssue> Issues)
{
    public bool HasErrors => Issues.Count > 0;
}
