using Assessment.ServiceDefaults.Security.Revocation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assessment.Gateway.Tests;

public class RevocationPollerTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reads_every_page_after_the_last_sequence_it_has()
    {
        var source = new FakeSource(Enumerable.Range(1, 2500).Select(i => new RevokedCredential(i, "t" + i, null, Noon)).ToList());
        var list = new RevocationList();

        await Poller(source, list).PollOnceAsync(CancellationToken.None);

        Assert.Equal(2500, list.LastSequence);
        Assert.Equal([0L, 1000L, 2000L], source.Asked);
        Assert.NotNull(list.Refusal("t2500", null, Noon));
    }

    [Fact]
    public async Task When_the_source_is_away_the_last_known_list_stays_in_force()
    {
        var source = new FakeSource([new RevokedCredential(1, "abc", null, Noon)]);
        var list = new RevocationList();
        var poller = Poller(source, list);
        await poller.PollOnceAsync(CancellationToken.None);

        source.Down = true;
        await Assert.ThrowsAsync<HttpRequestException>(() => poller.PollOnceAsync(CancellationToken.None));

        Assert.NotNull(list.Refusal("abc", null, Noon));
        Assert.Equal(1, list.LastSequence);
    }

    private static RevocationPoller Poller(IRevocationSource source, RevocationList list) =>
        new(source, list, Options.Create(new RevocationOptions()), TimeProvider.System, NullLogger<RevocationPoller>.Instance);

    private sealed class FakeSource(IReadOnlyList<RevokedCredential> all) : IRevocationSource
    {
        public List<long> Asked { get; } = [];

        public bool Down { get; set; }

        public Task<IReadOnlyList<RevokedCredential>> ReadAfterAsync(long afterSequence, CancellationToken cancellationToken)
        {
            if (Down)
            {
                throw new HttpRequestException("indicators is away");
            }

            Asked.Add(afterSequence);
            return Task.FromResult<IReadOnlyList<RevokedCredential>>(all.Where(r => r.Sequence > afterSequence).Take(IRevocationSource.PageSize).ToList());
        }
    }
}
