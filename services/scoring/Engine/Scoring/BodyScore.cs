using System.Collections.Immutable;
using Assessment.Scoring.Engine.Lineage;
using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Scoring.Engine.Scoring;

/// <summary>
/// Everything computed for one body: node scores (root first), rank overall and within its peer group
/// (competition ranking "1224"; null when unranked), band, rank change since the previous period
/// (positive = moved up), flags, and - when requested - the lineage of every node.
/// </summary>
public sealed record BodyScore(
    string Body,
    string PeerGroup,
    ImmutableArray<NodeScore> Nodes,
    int? Rank,
    int? PeerGroupRank,
    RatingBand? Band,
    int? PreviousRank,
    int? RankChange,
    ImmutableArray<ScoreFlag> Flags,
    ImmutableArray<IndicatorTrace> Indicators,
    ImmutableArray<NodeLineage> Lineage)
{
    /// <summary>The root (overall) node.</summary>
    public NodeScore Overall => Nodes[0];

    public NodeScore Node(string code) => Nodes.First(n => n.Code == code);
}
