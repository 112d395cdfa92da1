using System.Globalization;
using Assessment.Cli;
using Assessment.Cli.Csv;

namespace Assessment.Scoring.Engine.Tests.Cli;

public sealed class ScoreCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("assess-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = AssessApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Scores_the_HDI_file_in_process_and_writes_the_published_values()
    {
        var outFile = Path.Combine(_dir, "hdi.csv");
        var (exit, _, err) = Run("score", "--methodology", TestFiles.Methodology("hdi-2021.yaml"), "--data", TestFiles.Data("hdi-2021.csv"),
            "--id-column", "iso3", "--out", outFile);
        Assert.True(exit == 0, err);

        var output = CsvReader.Read(new StringReader(File.ReadAllText(outFile)), "hdi.csv");
        Assert.Equal(["iso3", "hdi", "health", "education", "income", "rank", "band"], output.Header);
        var published = TestFiles.Csv("hdi-2021.csv").Rows.ToDictionary(r => r.Fields[0], r => r.Fields[6]);
        Assert.Equal(191, output.Rows.Count);
        foreach (var row in output.Rows)
        {
            // Published as e.g. 0.78; written with the methodology's 3 decimals as 0.780.
            Assert.Equal(double.Parse(published[row.Fields[0]], CultureInfo.InvariantCulture).ToString("F3", CultureInfo.InvariantCulture), row.Fields[1]);
        }
        var kaz = output.Rows.Single(r => r.Fields[0] == "KAZ").Fields;
        Assert.Equal("0.811", kaz[1]);
        Assert.Equal("very_high", kaz[6]);
        Assert.Equal("1", output.Rows.Single(r => r.Fields[0] == "CHE").Fields[5]);
    }

    [Fact]
    public void Adds_a_rank_interval_with_uncertainty_and_reports_progress()
    {
        var (exit, stdout, err) = Run("score", "-m", TestFiles.Methodology("kz-regions.yaml"), "-d", TestFiles.Data("regional-indicators.csv"),
            "--id-column", "Region", "--uncertainty", "200", "--seed", "3");
        Assert.True(exit == 0, err);
        Assert.Contains("monte carlo: 200/200", err);
        var output = CsvReader.Read(new StringReader(stdout), "stdout");
        Assert.Equal(["rank_p05", "rank_p95"], output.Header.TakeLast(2));
        foreach (var row in output.Rows)
        {
            var rank = int.Parse(row.Fields[^4], CultureInfo.InvariantCulture);
            var p05 = double.Parse(row.Fields[^2], CultureInfo.InvariantCulture);
            var p95 = double.Parse(row.Fields[^1], CultureInfo.InvariantCulture);
            Assert.True(p05 <= p95, row.Fields[0]);
            Assert.InRange(rank, 1, 20);
        }
    }

    [Fact]
    public void Reads_long_csv_and_scores_the_latest_period()
    {
        var data = Path.Combine(_dir, "long.csv");
        File.WriteAllText(data, """
            body,indicator,period,value
            KAZ,life_expectancy,2021,69.3622
            KAZ,expected_years_schooling,2021,15.76500034
            KAZ,mean_years_schooling,2021,12.34756189
            KAZ,gni_per_capita_ppp2017,2021,23942.81837
            KAZ,life_expectancy,2020,60
            KAZ,expected_years_schooling,2020,15
            KAZ,mean_years_schooling,2020,12
            KAZ,gni_per_capita_ppp2017,2020,20000
            """);
        var (exit, stdout, err) = Run("score", "-m", TestFiles.Methodology("hdi-2021.yaml"), "-d", data);
        Assert.True(exit == 0, err);
        var output = CsvReader.Read(new StringReader(stdout), "stdout");
        Assert.Equal("body", output.Header[0]);
        Assert.Equal("0.811", output.Rows.Single().Fields[1]);
    }

    [Fact]
    public void Rejects_a_bad_value_naming_file_row_column_and_value()
    {
        var data = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(data, "iso3,life_expectancy,expected_years_schooling,mean_years_schooling,gni_per_capita_ppp2017\nKAZ,69.3,15.7,12.3,23942\nUZB,70,12,11.9,n/a\n");
        var (exit, _, err) = Run("score", "-m", TestFiles.Methodology("hdi-2021.yaml"), "-d", data, "--out", Path.Combine(_dir, "o.csv"));
        Assert.Equal(1, exit);
        Assert.Contains("bad.csv: row at line 3, column 'gni_per_capita_ppp2017', value 'n/a': not a finite number", err);
        Assert.False(File.Exists(Path.Combine(_dir, "o.csv")));
    }

    [Fact]
    public void Rejects_an_invalid_methodology_with_line_and_column()
    {
        var methodology = Path.Combine(_dir, "m.yaml");
        File.WriteAllText(methodology, File.ReadAllText(TestFiles.Methodology("hdi-2021.yaml")).Replace("aggregation: geometric", "aggregation: geometrc"));
        var (exit, _, err) = Run("score", "-m", methodology, "-d", TestFiles.Data("hdi-2021.csv"));
        Assert.Equal(1, exit);
        Assert.Matches(@"m\.yaml: line \d+, column \d+: root\.aggregation: 'geometrc' is not a valid aggregation method", err);
    }

    [Fact]
    public void Help_lists_the_options_and_examples()
    {
        var (exit, stdout, _) = Run("score", "--help");
        Assert.Equal(0, exit);
        foreach (var text in new[] { "--methodology", "--data", "--id-column", "--uncertainty", "--seed", "--out", "Examples:" })
        {
            Assert.Contains(text, stdout);
        }
    }

    [Fact]
    public void Fails_when_a_required_option_is_missing()
    {
        var (exit, _, err) = Run("score", "--data", "x.csv");
        Assert.NotEqual(0, exit);
        Assert.Contains("--methodology", err);
    }
}
