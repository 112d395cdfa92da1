using Assessment.Contracts.Scoring;
using Assessment.Scoring.Cycles;

namespace Assessment.Scoring.Tests;

public class CycleStateMachineTests
{
    private static readonly CycleState[] States = [CycleState.Open, CycleState.Closed, CycleState.Draft, CycleState.Review, CycleState.Published];

    private static readonly HashSet<(CycleState, CycleState)> Allowed =
    [
        (CycleState.Open, CycleState.Closed),
        (CycleState.Closed, CycleState.Draft),
        (CycleState.Draft, CycleState.Review),
        (CycleState.Review, CycleState.Draft),
        (CycleState.Review, CycleState.Published),
    ];

    public static TheoryData<CycleState, CycleState> EveryPair()
    {
        var data = new TheoryData<CycleState, CycleState>();
        foreach (var from in States)
        {
            foreach (var to in States)
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Allows_exactly_the_moves_in_order_and_back_from_review_to_draft(CycleState from, CycleState to)
    {
        var refusal = CycleStateMachine.Refusal("c", from, to, hasRun: true);
        if (Allowed.Contains((from, to)))
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.NotNull(refusal);
            Assert.Contains("c", refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Refuses_draft_without_a_run_and_says_to_compute_one()
    {
        var refusal = CycleStateMachine.Refusal("kz-regions-2022", CycleState.Closed, CycleState.Draft, hasRun: false);
        Assert.NotNull(refusal);
        Assert.Contains("ComputeRun", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_skip_names_both_states_and_the_allowed_next_one()
    {
        var refusal = CycleStateMachine.Refusal("kz", CycleState.Open, CycleState.Published, hasRun: true);
        Assert.Equal("Cycle kz cannot move from OPEN to PUBLISHED; from OPEN it can only move to CLOSED.", refusal);
    }

    [Theory]
    [InlineData(CycleState.Open)]
    [InlineData(CycleState.Draft)]
    [InlineData(CycleState.Review)]
    public void Published_is_final(CycleState to)
    {
        Assert.Contains("final", CycleStateMachine.Refusal("kz", CycleState.Published, to, hasRun: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_unspecified_target()
    {
        Assert.NotNull(CycleStateMachine.Refusal("kz", CycleState.Open, CycleState.Unspecified, hasRun: true));
    }

    [Theory]
    [InlineData(CycleState.Open, true, true)]
    [InlineData(CycleState.Closed, true, false)]
    [InlineData(CycleState.Draft, true, true)]
    [InlineData(CycleState.Review, false, false)]
    [InlineData(CycleState.Published, false, false)]
    public void Runs_are_taken_except_under_review_or_once_published_and_feeds_recompute_only_open_and_draft(CycleState state, bool takesRuns, bool automatic)
    {
        Assert.Equal(takesRuns, CycleStateMachine.RunRefusal("kz", state) is null);
        Assert.Equal(automatic, CycleStateMachine.RecomputesAutomatically(state));
    }
}
