using Assessment.Contracts.Indicators;
using Assessment.Scoring.Indicators;
using Assessment.Scoring.Runs;
using Google.Protobuf.WellKnownTypes;

namespace Assessment.Scoring.Tests;

public class CycleDatasetBuilderTests
{
    private static readonly CatalogueBody[] Bodies =
    [
        new("KZ-11", BodyKind.Oblast, "oblasts"),
        new("KZ-75", BodyKind.CityOfRepublicanStatus, "cities"),
    ];

    private static ObservationRecord Record(string body, string indicator, string period, double value, string submission = "s1") => new()
    {
        BodyCode = body, IndicatorCode = indicator, Period = period, Value = value, Revision = 2, SubmissionId = submission,
        Sender = "reporter", ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch),
    };

    [Fact]
    public void Every_methodology_indicator_is_a_column_and_a_value_nobody_sent_is_missing()
    {
        var methodology = Methodology.Compiled("kz-regions.yaml");
        var built = CycleDatasetBuilder.Build(methodology, Bodies, [Record("KZ-11", "avg_salary", "2022", 300000)], "2022", "2021");

        var data = built.Dataset;
        Assert.Equal(["KZ-11", "KZ-75"], data.Bodies.Select(b => b.Code));
        Assert.Equal(methodology.IndicatorCodes.ToArray(), data.Indicators.ToArray());
        var salary = data.IndexOfIndicator("avg_salary");
        Assert.Equal(300000, data.Current[0, salary]);
        Assert.True(double.IsNaN(data.Current[1, salary]));
        Assert.True(double.IsNaN(data.Current[0, data.IndexOfIndicator("life_expectancy")]));
        Assert.Null(data.Previous);
    }

    [Fact]
    public void Keeps_the_previous_period_apart_and_leaves_out_other_bodies_indicators_and_periods()
    {
        var methodology = Methodology.Compiled("kz-regions.yaml");
        var built = CycleDatasetBuilder.Build(methodology, Bodies,
        [
            Record("KZ-11", "avg_salary", "2022", 300000, "now"),
            Record("KZ-11", "avg_salary", "2021", 280000, "before"),
            Record("KZ-11", "avg_salary", "2019", 1),
            Record("KZ-99", "avg_salary", "2022", 1),
            Record("KZ-11", "Population", "2022", 1),
        ], "2022", "2021");

        var salary = built.Dataset.IndexOfIndicator("avg_salary");
        Assert.Equal(300000, built.Dataset.Current[0, salary]);
        Assert.Equal(280000, built.Dataset.Previous![0, salary]);
        Assert.Equal(2, built.Used.Count);
        Assert.Equal(-1, built.Dataset.IndexOfIndicator("Population"));
        var source = Assert.Single(built.Sources);
        Assert.Equal(("KZ-11", "avg_salary"), source.Key);
        Assert.Equal("now", source.Value.SubmissionId);
    }

    [Fact]
    public void Maps_catalogue_peer_groups_to_the_methodology_s_own_names_by_body_kind()
    {
        var methodology = Methodology.Compiled("kz-assessment-blocks.yaml");
        var built = CycleDatasetBuilder.Build(methodology, [.. Bodies, new CatalogueBody("CB-SAC", BodyKind.CentralBody, "central-bodies")], [], "2025", "");
        Assert.Equal(["oblast", "city", "central"], built.Dataset.Bodies.Select(b => b.PeerGroup));
    }

    [Fact]
    public void Scores_a_sparse_dataset_with_gaps_handled_by_the_missing_data_rules_and_traces_the_source()
    {
        var methodology = Methodology.Compiled("kz-regions.yaml");
        var observations = new List<ObservationRecord>();
        var i = 0;
        foreach (var body in Bodies)
        {
            foreach (var indicator in methodology.IndicatorCodes.Where(c => c != "gdp_per_capita"))
            {
                observations.Add(Record(body.Code, indicator, "2022", 10 + i++));
            }
        }

        var built = CycleDatasetBuilder.Build(methodology, Bodies, observations, "2022", "");
        var run = new Engine.Scoring.ScoringEngine(methodology).Score(built.Dataset);
        var results = RunResultBuilder.Build(run, null, built.Sources);

        Assert.Equal(2, results.Count);
        Assert.Equal([1, 2], results.Select(r => r.Rank).Order());
        var gdp = results[0].Indicators.Single(x => x.Code == "gdp_per_capita");
        Assert.False(gdp.HasRaw);
        Assert.Null(gdp.Source);
        Assert.Contains("missing", gdp.Treatment, StringComparison.Ordinal);
        var salary = results[0].Indicators.Single(x => x.Code == "avg_salary");
        Assert.Equal("s1", salary.Source.SubmissionId);
        Assert.Equal(2, salary.Source.Revision);
    }
}
