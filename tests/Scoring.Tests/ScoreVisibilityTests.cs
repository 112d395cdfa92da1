using Assessment.Contracts.Scoring;
using Assessment.Scoring.Cycles;
using Assessment.Scoring.Scores;
using Assessment.ServiceDefaults.Security;
using Grpc.Core;

namespace Assessment.Scoring.Tests;

public class ScoreVisibilityTests
{
    private static CycleRecord Cycle(CycleState state, int? published = null) =>
        new("kz-regions-2022", "2022", "2021", "kz-regions", "2024.1", state, [], published, []);

    private static CallerIdentity Caller(string role, params string[] bodies) =>
        new("caller", new HashSet<string> { role }, bodies.ToHashSet());

    [Fact]
    public void The_published_run_of_a_published_cycle_is_public()
    {
        Assert.Null(ScoreVisibility.Readable(CallerIdentity.Anonymous, Cycle(CycleState.Published, 3), 3, ""));
        Assert.Equal(["KZ-11"], ScoreVisibility.Readable(CallerIdentity.Anonymous, Cycle(CycleState.Published, 3), 3, "KZ-11"));
    }

    [Fact]
    public void Another_run_of_a_published_cycle_and_every_draft_are_refused_to_anonymous_callers()
    {
        var error = Assert.Throws<RpcException>(() => ScoreVisibility.Readable(CallerIdentity.Anonymous, Cycle(CycleState.Published, 3), 2, ""));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        error = Assert.Throws<RpcException>(() => ScoreVisibility.Readable(CallerIdentity.Anonymous, Cycle(CycleState.Draft), 1, ""));
        Assert.Contains("DRAFT", error.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.MethodologyAdmin)]
    [InlineData(Roles.Service)]
    public void The_centre_and_services_see_every_body_of_a_draft(string role)
    {
        Assert.Null(ScoreVisibility.Readable(Caller(role), Cycle(CycleState.Draft), 1, ""));
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Cso)]
    public void Analysts_and_csos_see_a_draft_only_once_it_is_published(string role)
    {
        var error = Assert.Throws<RpcException>(() => ScoreVisibility.Readable(Caller(role), Cycle(CycleState.Review), 1, ""));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Null(ScoreVisibility.Readable(Caller(role), Cycle(CycleState.Published, 1), 1, ""));
    }

    [Fact]
    public void A_reporter_sees_only_its_own_bodies_of_a_draft()
    {
        var reporter = Caller(Roles.Reporter, "KZ-11");
        Assert.Equal(["KZ-11"], ScoreVisibility.Readable(reporter, Cycle(CycleState.Review), 1, ""));
        Assert.Equal(["KZ-11"], ScoreVisibility.Readable(reporter, Cycle(CycleState.Review), 1, "KZ-11"));
        var error = Assert.Throws<RpcException>(() => ScoreVisibility.Readable(reporter, Cycle(CycleState.Review), 1, "KZ-15"));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("not of KZ-15", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_civil_society_organisation_waits_for_publication()
    {
        var error = Assert.Throws<RpcException>(() => ScoreVisibility.Readable(Caller(Roles.Cso), Cycle(CycleState.Draft), 1, ""));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public void Progress_is_reported_at_least_every_five_percent_and_at_the_end()
    {
        var throttle = new ProgressThrottle(1000);
        var reported = Enumerable.Range(1, 1000).Where(throttle.ShouldReport).ToList();
        Assert.Equal(20, reported.Count);
        Assert.Equal(1000, reported[^1]);
        Assert.All(reported.Zip(reported.Skip(1)), pair => Assert.True(pair.Second - pair.First <= 50));
    }
}
