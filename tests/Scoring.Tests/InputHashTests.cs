using Assessment.Contracts.Indicators;
using Body = Assessment.Scoring.Engine.Data.Body;
using Assessment.Scoring.Runs;
using Google.Protobuf.WellKnownTypes;

namespace Assessment.Scoring.Tests;

public class InputHashTests
{
    private static readonly Body[] Bodies = [new("KZ-11", "oblasts"), new("KZ-75", "cities")];

    private static ObservationRecord Record(string body, string indicator, double value, int revision = 1, string submission = "s1") => new()
    {
        BodyCode = body, IndicatorCode = indicator, Period = "2022", Value = value, Revision = revision, SubmissionId = submission,
        Sender = "x", ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch),
    };

    private static readonly ObservationRecord[] Observations =
        [Record("KZ-11", "avg_salary", 300000), Record("KZ-75", "avg_salary", 450000.5), Record("KZ-11", "life_expectancy", 73.2)];

    [Fact]
    public void Same_inputs_in_any_order_give_the_same_hash()
    {
        var a = InputHash.Compute("id: m", Bodies, Observations);
        var b = InputHash.Compute("id: m", Bodies.Reverse(), Observations.Reverse());
        Assert.Equal(a, b);
        Assert.Matches("^[0-9a-f]{64}$", a);
    }

    [Fact]
    public void A_new_revision_a_new_value_another_methodology_or_another_peer_group_changes_the_hash()
    {
        var baseline = InputHash.Compute("id: m", Bodies, Observations);
        Assert.NotEqual(baseline, InputHash.Compute("id: m", Bodies, [.. Observations[..2], Record("KZ-11", "life_expectancy", 73.2, revision: 2)]));
        Assert.NotEqual(baseline, InputHash.Compute("id: m", Bodies, [.. Observations[..2], Record("KZ-11", "life_expectancy", 73.200001)]));
        Assert.NotEqual(baseline, InputHash.Compute("id: m\n", Bodies, Observations));
        Assert.NotEqual(baseline, InputHash.Compute("id: m", [new("KZ-11", "cities"), Bodies[1]], Observations));
        Assert.NotEqual(baseline, InputHash.Compute("id: m", Bodies, Observations[..2]));
    }

    [Fact]
    public void Run_seeds_are_reproducible_and_differ_between_runs()
    {
        Assert.Equal(RunSeed.For("kz-regions-2022", 3), RunSeed.For("kz-regions-2022", 3));
        Assert.NotEqual(RunSeed.For("kz-regions-2022", 3), RunSeed.For("kz-regions-2022", 4));
        Assert.True(RunSeed.For("kz-regions-2022", 3) >= 0);
    }
}
