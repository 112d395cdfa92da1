using Assessment.ServiceDefaults.Security.Revocation;

namespace Assessment.Gateway.Tests;

public class RevocationListTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_revoked_token_id_is_refused_and_other_tokens_pass()
    {
        var list = new RevocationList();
        list.Apply([new RevokedCredential(1, "abc", null, Noon)], Noon);

        Assert.Contains("The token abc was revoked", list.Refusal("abc", "akmola-stat", Noon.AddHours(-1)));
        Assert.Null(list.Refusal("def", "akmola-stat", Noon.AddHours(-1)));
    }

    [Fact]
    public void A_subject_revocation_refuses_tokens_issued_until_then_and_not_after()
    {
        var list = new RevocationList();
        list.Apply([new RevokedCredential(1, null, "akmola-stat", Noon)], Noon);

        Assert.Contains("Every credential of 'akmola-stat' issued until 2026-11-29 12:00:00Z was revoked", list.Refusal("t1", "akmola-stat", Noon.AddSeconds(-1)));
        Assert.NotNull(list.Refusal("t1", "akmola-stat", Noon));
        Assert.Null(list.Refusal("t2", "akmola-stat", Noon.AddSeconds(1)));
        Assert.Null(list.Refusal("t3", "almaty-stat", Noon.AddSeconds(-1)));
    }

    [Fact]
    public void A_later_subject_revocation_extends_the_earlier_one_and_never_shortens_it()
    {
        var list = new RevocationList();
        list.Apply([new RevokedCredential(1, null, "s", Noon), new RevokedCredential(2, null, "s", Noon.AddHours(1))], Noon);

        Assert.NotNull(list.Refusal("t", "s", Noon.AddMinutes(30)));
        Assert.Equal(2, list.LastSequence);
    }

    [Fact]
    public void Revocations_already_applied_are_skipped_and_an_empty_poll_keeps_the_list()
    {
        var list = new RevocationList();
        list.Apply([new RevokedCredential(5, "abc", null, Noon)], Noon);
        list.Apply([new RevokedCredential(5, "abc", null, Noon), new RevokedCredential(3, "old", null, Noon)], Noon.AddSeconds(2));
        list.Apply([], Noon.AddSeconds(4));

        Assert.Equal(5, list.LastSequence);
        Assert.NotNull(list.Refusal("abc", "s", Noon));
        Assert.Null(list.Refusal("old", "s", Noon));
        Assert.Equal(Noon.AddSeconds(4), list.LastRefreshed);
    }
}
