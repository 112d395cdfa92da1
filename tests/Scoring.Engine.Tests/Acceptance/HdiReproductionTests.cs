using System.Globalization;
using Assessment.Cli.Input;
using Assessment.Scoring.Engine.Scoring;

namespace Assessment.Scoring.Engine.Tests.Acceptance;

public sealed class HdiReproductionTests
{
    [Fact]
    public void Reproduces_the_published_HDI_2021_of_all_191_countries_to_three_decimals()
    {
        var methodology = TestFiles.Compile("hdi-2021.yaml");
        var table = TestFiles.Csv("hdi-2021.csv");
        var (dataset, _) = DatasetCsvLoader.Load(table, methodology, "iso3", null);
        var run = new ScoringEngine(methodology).Score(dataset);

        var published = table.ColumnIndex("published_hdi");
        var failures = new List<string>();
        foreach (var row in table.Rows)
        {
            var iso3 = row.Fields[0];
            var expected = double.Parse(row.Fields[published], CultureInfo.InvariantCulture);
            var actual = run.Body(iso3).Overall.Score;
            if (actual != expected)
            {
                failures.Add($"{iso3} {row.Fields[1]}: published {expected:F3}, engine {actual?.ToString("F3", CultureInfo.InvariantCulture) ?? "none"} (unrounded {run.Body(iso3).Overall.Unrounded:R})");
            }
        }
        Assert.Equal(191, table.Rows.Count);
        Assert.True(failures.Count == 0, $"{failures.Count} countries differ:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Ranks_Switzerland_first_and_places_Kazakhstan_in_the_very_high_band()
    {
        var methodology = TestFiles.Compile("hdi-2021.yaml");
        var (dataset, _) = DatasetCsvLoader.Load(TestFiles.Csv("hdi-2021.csv"), methodology, "iso3", null);
        var run = new ScoringEngine(methodology).Score(dataset);

        Assert.Equal(1, run.Body("CHE").Rank);
        Assert.Equal("very_high", run.Body("KAZ").Band?.Code);
        Assert.Equal(0.811, run.Body("KAZ").Overall.Score);
    }
}
