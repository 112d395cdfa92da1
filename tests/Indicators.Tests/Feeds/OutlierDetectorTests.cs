using Assessment.Indicators.Feeds;
using Assessment.Indicators.Quality;

namespace Assessment.Indicators.Tests.Feeds;

public class OutlierDetectorTests
{
    [Fact]
    public void Modified_z_score_uses_median_and_median_absolute_deviation()
    {
        // median 3, deviations {2,1,0,1,2} → MAD 1; z(10) = 0.6745 × 7 / 1.
        Assert.Equal(0.6745 * 7, ModifiedZScore.Of(10, [1, 2, 3, 4, 5])!.Value, 12);
        Assert.Null(ModifiedZScore.Of(4, [4, 4, 4, 4, 4]));
    }

    [Fact]
    public void Flags_a_value_far_from_its_peers_in_the_same_period()
    {
        var peers = new[] { 70.0, 71, 72, 73, 74 }.Select((v, i) => new KnownValue($"KZ-{20 + i}", "life", "2023", v));
        var row = new FeedRow(2, "KZ-11", "life", "2023", 120, "120");

        var flags = new OutlierDetector(3.5, 5).Detect([row], peers, _ => "oblasts");

        var flag = Assert.Single(flags);
        Assert.Equal(FeedIssueCodes.OutlierAgainstPeers, flag.Kind);
        Assert.Equal(0.6745 * (120 - 72) / 1, flag.Score, 9);
    }

    [Fact]
    public void Compares_only_with_the_same_peer_group_and_needs_a_minimum_sample()
    {
        var others = new[] { 70.0, 71, 72, 73, 74 }.Select((v, i) => new KnownValue($"CB-{i}", "life", "2023", v));
        var row = new FeedRow(2, "KZ-11", "life", "2023", 120, "120");

        Assert.Empty(new OutlierDetector(3.5, 5).Detect([row], others, body => body.StartsWith("CB", StringComparison.Ordinal) ? "central" : "oblasts"));
        Assert.Empty(new OutlierDetector(3.5, 6).Detect([row], others, _ => "oblasts"));
    }

    [Fact]
    public void Flags_a_value_far_from_the_bodys_own_history()
    {
        var history = new[] { 2015, 2016, 2017, 2018, 2019 }.Select((y, i) => new KnownValue("KZ-11", "unemp", y.ToString(System.Globalization.CultureInfo.InvariantCulture), 5 + i * 0.1));
        var row = new FeedRow(2, "KZ-11", "unemp", "2023", 50, "50");

        Assert.Contains(new OutlierDetector(3.5, 5).Detect([row], history, _ => "oblasts"), f => f.Kind == FeedIssueCodes.OutlierAgainstHistory);
    }

    [Fact]
    public void The_values_of_the_submission_itself_count_as_peers()
    {
        var rows = new[] { 70.0, 71, 72, 73, 74, 200 }.Select((v, i) => new FeedRow(i + 2, $"KZ-{20 + i}", "life", "2023", v, "")).ToList();

        var flag = Assert.Single(new OutlierDetector(3.5, 5).Detect(rows, [], _ => "oblasts"));
        Assert.Equal("KZ-25", flag.BodyCode);
    }

    [Fact]
    public void A_stored_value_of_another_body_in_the_submission_counts_as_a_peer_where_the_submission_does_not_replace_it()
    {
        // KZ-20 is in the submission (for another indicator) and its stored life expectancy for 2023 is still a peer value.
        var stored = new[] { 70.0, 71, 72, 73, 74 }.Select((v, i) => new KnownValue($"KZ-{20 + i}", "life", "2023", v)).ToList();
        var rows = new[] { new FeedRow(2, "KZ-11", "life", "2023", 120, "120"), new FeedRow(3, "KZ-20", "unemp", "2023", 5, "5") };

        var context = OutlierContext.From(stored, rows, _ => "oblasts");

        Assert.Equal(4, context.Peers.Of(("life", "2023", "oblasts")).Length);
        Assert.Single(context.OwnValues);
        var flag = Assert.Single(new OutlierDetector(3.5, 5).Detect(rows, context, _ => "oblasts"));
        Assert.Equal(("KZ-11", FeedIssueCodes.OutlierAgainstPeers), (flag.BodyCode, flag.Kind));
    }

    [Fact]
    public void A_value_the_submission_replaces_is_compared_in_its_new_form()
    {
        // KZ-24's stored 74 is replaced by 400 in the same submission: KZ-11's 120 is then no outlier among 70..73 and 400.
        var stored = new[] { 70.0, 71, 72, 73, 74 }.Select((v, i) => new KnownValue($"KZ-{20 + i}", "life", "2023", v)).ToList();
        var rows = new[] { new FeedRow(2, "KZ-11", "life", "2023", 75, "75"), new FeedRow(3, "KZ-24", "life", "2023", 400, "400") };

        var flags = new OutlierDetector(3.5, 5).Detect(rows, stored, _ => "oblasts");

        Assert.DoesNotContain(flags, f => f.BodyCode == "KZ-11");
        Assert.Contains(flags, f => f.BodyCode == "KZ-24" && f.Kind == FeedIssueCodes.OutlierAgainstPeers);
    }
}
