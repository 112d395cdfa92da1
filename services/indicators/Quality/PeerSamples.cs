using System.Buffers;

namespace Assessment.Indicators.Quality;

/// <summary>
/// The peer values one submission's outlier check compares with, per (indicator, period, peer group), laid end to end
/// in one array rented from a small pool. A quarter-end push compares with ~500,000 peer values: as an array per key
/// they lived as long as the push, were promoted and died in the GC's oldest generation, and kept indicators' heap
/// high through a burst (bench/rollout heap dump: 48 MB of such arrays). Dispose returns the array.
/// </summary>
public sealed class PeerSamples : IDisposable
{
    // Not the shared pool: it keeps arrays per thread and per core, ~60 MB of these 4-8 MB arrays through a burst.
    // A few submissions are checked at once (Feeds:MaxConcurrentSubmissions), so a few arrays per size are enough.
    private static readonly ArrayPool<double> Pool = ArrayPool<double>.Create(maxArrayLength: 1 << 24, maxArraysPerBucket: 4);

    private readonly Dictionary<(string Indicator, string Period, string PeerGroup), (int Start, int Length)> _ranges = [];
    private double[] _values;
    private int _count;

    public PeerSamples(int expectedValues = 1024) => _values = Pool.Rent(Math.Max(16, expectedValues));

    /// <summary>Keys held (for tests and diagnostics).</summary>
    public int Count => _ranges.Count;

    /// <summary>Adds the values of one key; a key is added once.</summary>
    public void Add((string Indicator, string Period, string PeerGroup) key, ReadOnlySpan<double> values)
    {
        if (_count + values.Length > _values.Length)
        {
            var larger = Pool.Rent(Math.Max(_values.Length * 2, _count + values.Length));
            _values.AsSpan(0, _count).CopyTo(larger);
            Pool.Return(_values);
            _values = larger;
        }

        _ranges.Add(key, (_count, values.Length));
        values.CopyTo(_values.AsSpan(_count));
        _count += values.Length;
    }

    /// <summary>The values of a key, valid until this is disposed.</summary>
    public ReadOnlySpan<double> Of((string Indicator, string Period, string PeerGroup) key) =>
        _ranges.TryGetValue(key, out var range) ? _values.AsSpan(range.Start, range.Length) : [];

    public void Dispose()
    {
        var values = Interlocked.Exchange(ref _values, []);
        if (values.Length > 0)
        {
            Pool.Return(values);
        }
    }
}
