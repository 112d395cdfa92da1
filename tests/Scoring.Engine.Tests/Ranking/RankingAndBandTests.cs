using Assessment.Scoring.Engine.Ranking;
using static Assessment.Scoring.Engine.Tests.TestMethodology;

namespace Assessment.Scoring.Engine.Tests.Ranking;

public sealed class RankingAndBandTests
{
    private static readonly string Yaml = Doc(Unit1, "{code: total, aggregation: arithmetic, weights: equal}", """
          - code: area
            indicators: [{code: a, weight: 1}]
        """, """
        scale: {min: 0, max: 1, rounding: 2}
        peer_groups: [north, south]
        bands:
          - {code: top, min: 0.8, label: {kk: Жоғары, ru: Высокий, en: High}}
          - {code: mid, min: 0.5, label: {kk: Орташа, ru: Средний, en: Middle}}
        """.Replace("\r\n", "\n"));

    [Fact]
    public void Competition_ranking_gives_tied_bodies_the_same_rank_and_skips_the_next()
    {
        var ranks = new int[5];
        new CompetitionRanking(5).Rank([0.9, 0.8, 0.8, 0.7, double.NaN], ranks);
        Assert.Equal([1, 2, 2, 4, 0], ranks);
    }

    [Fact]
    public void Ranks_on_published_scores_so_bodies_shown_equal_share_a_rank()
    {
        // 0.804 and 0.796 both publish as 0.80 at two decimals.
        var data = Values(["a"], ["north", "north", "south", "south"], ("p", [0.9]), ("q", [0.804]), ("r", [0.796]), ("s", [0.3]));
        var run = new Assessment.Scoring.Engine.Scoring.ScoringEngine(Compile(Yaml)).Score(data);
        Assert.Equal([1, 2, 2, 4], run.Bodies.Select(b => b.Rank!.Value));
        Assert.Equal([1, 2, 1, 2], run.Bodies.Select(b => b.PeerGroupRank!.Value));
    }

    [Fact]
    public void Band_thresholds_are_inclusive_and_scores_below_every_band_get_none()
    {
        var data = Values(["a"], ["north", "north", "south"], ("p", [0.8]), ("q", [0.79]), ("s", [0.3]));
        var run = new Assessment.Scoring.Engine.Scoring.ScoringEngine(Compile(Yaml)).Score(data);
        Assert.Equal("top", run.Body("p").Band?.Code);
        Assert.Equal("mid", run.Body("q").Band?.Code);
        Assert.Equal("Средний", run.Body("q").Band?.Label.Ru);
        Assert.Null(run.Body("s").Band);
    }

    [Fact]
    public void Rejects_a_body_in_a_peer_group_the_methodology_does_not_declare()
    {
        var data = Values(["a"], ["west"], ("p", [0.8]));
        var error = Assert.Throws<ArgumentException>(() => new Assessment.Scoring.Engine.Scoring.ScoringEngine(Compile(Yaml)).Score(data));
        Assert.Contains("'west'", error.Message);
    }
}
