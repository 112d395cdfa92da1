using Assessment.Contracts.Scoring;

namespace Assessment.Reporting.OpenData;

/// <summary>
/// A score run as a flat table, one row per body: the fixed columns, then one score column per area in methodology
/// order. The same columns drive the CSV, the JSON and the machine-readable columns description.
/// </summary>
public sealed class ScoreTable
{
    private ScoreTable(ReleaseId release, IReadOnlyList<Column> columns, IReadOnlyList<BodyResult> rows)
    {
        Release = release;
        Columns = columns;
        Rows = rows;
    }

    public ReleaseId Release { get; }

    public IReadOnlyList<Column> Columns { get; }

    public IReadOnlyList<BodyResult> Rows { get; }

    public static ScoreTable From(ScoreRunResult result)
    {
        var run = result.Run;
        var release = new ReleaseId(result.Cycle.CycleId, run.MethodologyId, run.MethodologyVersion, run.RunNumber);
        var releaseText = release.ToString();
        var scale = "score points on the methodology's output scale";
        var columns = new List<Column>
        {
            new("release_id", ColumnType.String, "", "Citable release id: cycle/methodology@version/run-n", _ => releaseText),
            new("cycle_id", ColumnType.String, "", "Assessment cycle", _ => release.CycleId),
            new("methodology_id", ColumnType.String, "", "Methodology that produced the scores", _ => release.MethodologyId),
            new("methodology_version", ColumnType.String, "", "Version of the methodology", _ => release.MethodologyVersion),
            new("run_number", ColumnType.Integer, "", "Number of the score run within the cycle", _ => release.RunNumber),
            new("body_code", ColumnType.String, "", "Code of the assessed body in the catalogue (e.g. KZ-11)", b => b.BodyCode),
            new("peer_group", ColumnType.String, "", "Group of bodies ranked together (oblasts, cities, central-bodies)", b => b.PeerGroup),
            new("score", ColumnType.Number, scale, "Overall score; empty when withheld for too little data", b => b.HasScore ? b.Score : null),
            new("rank", ColumnType.Integer, "rank", "Rank among all bodies of the run (1 is best)", b => b.Rank),
            new("peer_rank", ColumnType.Integer, "rank", "Rank within the peer group (1 is best)", b => b.PeerRank),
            new("band", ColumnType.String, "", "Rating band of the score", b => b.Band),
            new("change", ColumnType.Number, scale, "Change of the score since the previous period; empty when unknown", b => b.HasChange ? b.Change : null),
            new("rank_change", ColumnType.Integer, "rank", "Change of rank since the previous period (positive is better); empty when unknown", b => b.HasRankChange ? b.RankChange : null),
            new("coverage", ColumnType.Number, "fraction 0-1", "Share of the weighted indicators that had data", b => b.Coverage),
            new("rank_p05", ColumnType.Integer, "rank", "5th percentile rank from the uncertainty analysis; 0 when none", b => b.RankP05),
            new("rank_p95", ColumnType.Integer, "rank", "95th percentile rank from the uncertainty analysis; 0 when none", b => b.RankP95),
            new("flags", ColumnType.String, "", "Data-quality and result flags, separated by ';'", b => string.Join(';', b.Flags)),
        };
        foreach (var node in result.NodeCodes)
        {
            columns.Add(new Column($"area_{node}_score", ColumnType.Number, scale, $"Score of the area (node) '{node}'; empty when withheld",
                b => b.Nodes.FirstOrDefault(n => n.Code == node) is { HasScore: true, Withheld: false } n ? n.Score : null));
        }

        return new ScoreTable(release, columns, result.Bodies.OrderBy(b => b.Rank).ThenBy(b => b.BodyCode, StringComparer.Ordinal).ToList());
    }
}
