namespace Assessment.ServiceDefaults.Signals;

/// <summary>
/// Wakes one background loop early: many notifications before it wakes count as one, since the loop takes everything
/// waiting when it runs. No exception on the hot path (a full semaphore's Release throws, which cost every push a
/// first-chance exception while the loop was already awake).
/// </summary>
public abstract class WakeSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly Lock _gate = new();

    public void Notify()
    {
        lock (_gate)
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
    }

    /// <summary>Waits for a notification or the timeout, whichever comes first; true when notified.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
