namespace Assessment.Cli.Methodologies;

/// <summary>One body scored under the old and the new version: score, rank and band under each; shift = old rank - new rank (positive moved up).</summary>
internal sealed record RankShift(string Body, double? ScoreOld, double? ScoreNew, int? RankOld, int? RankNew, string? BandOld, string? BandNew)
{
    public int? Shift => RankOld is { } a && RankNew is { } b ? a - b : null;
}
