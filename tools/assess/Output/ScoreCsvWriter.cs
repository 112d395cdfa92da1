using Assessment.Cli.Csv;
using Assessment.Scoring.Engine.Scoring;
using Assessment.Scoring.Engine.Uncertainty;

namespace Assessment.Cli.Output;

/// <summary>Writes the score CSV: id column, one column per node (root first), rank, band, and the rank interval when computed.</summary>
internal static class ScoreCsvWriter
{
    public static void Write(TextWriter writer, string idColumn, ScoreRun run, int digits, UncertaintyResult? uncertainty)
    {
        var csv = new CsvWriter(writer);
        var header = new List<string> { idColumn };
        header.AddRange(run.NodeCodes);
        header.Add("rank");
        header.Add("band");
        if (uncertainty is not null)
        {
            header.Add("rank_p05");
            header.Add("rank_p95");
        }
        csv.WriteRow(header);
        for (var b = 0; b < run.Bodies.Length; b++)
        {
            var body = run.Bodies[b];
            var row = new List<string> { body.Body };
            row.AddRange(body.Nodes.Select(n => CsvWriter.Number(n.Score, digits)));
            row.Add(body.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
            row.Add(body.Band?.Code ?? "");
            if (uncertainty is not null)
            {
                var interval = uncertainty.Bodies[b];
                row.Add(CsvWriter.Number(interval.RankP05, 1));
                row.Add(CsvWriter.Number(interval.RankP95, 1));
            }
            csv.WriteRow(row);
        }
    }
}
