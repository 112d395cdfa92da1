using Microsoft.Extensions.Options;

namespace Assessment.Indicators.Feeds;

/// <summary>
/// Bounds the streamed submissions being read into memory (<see cref="FeedLimits.MaxStreamsInMemory"/>). A stream
/// waits for its turn before its values are read; its deadline still applies while it waits.
/// </summary>
public sealed class StreamAdmission(IOptions<FeedLimits> limits)
{
    private readonly SemaphoreSlim _turns = new(limits.Value.MaxStreamsInMemory);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _turns.WaitAsync(cancellationToken);
        return new Turn(_turns);
    }

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turns.Release();
            }
        }
    }
}
