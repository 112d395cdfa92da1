namespace Assessment.Indicators.Quality;

/// <summary>
/// Every body's current value of one (indicator, period), as three parallel arrays sorted by body code: about 20 bytes
/// a value, where a dictionary took several times that (2,000 pairs x 250 bodies at a quarter end).
/// </summary>
public sealed class BodyValues
{
    private string[] _bodies;
    private int[] _revisions;
    private double[] _values;

    private BodyValues(string[] bodies, int[] revisions, double[] values)
    {
        _bodies = bodies;
        _revisions = revisions;
        _values = values;
        Count = bodies.Length;
    }

    public int Count { get; private set; }

    public ReadOnlySpan<string> Bodies => _bodies.AsSpan(0, Count);

    public ReadOnlySpan<double> Values => _values.AsSpan(0, Count);

    /// <summary>Takes the arrays (one entry per body, any order) and sorts them by body code.</summary>
    public static BodyValues From(string[] bodies, int[] revisions, double[] values)
    {
        if (bodies.Length != revisions.Length || bodies.Length != values.Length)
        {
            throw new ArgumentException($"{bodies.Length} bodies, {revisions.Length} revisions and {values.Length} values: expected one of each per body.");
        }

        var order = new int[bodies.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = (string[])bodies.Clone();
        Array.Sort(keys, order, StringComparer.Ordinal);
        return new BodyValues(keys, [.. order.Select(i => revisions[i])], [.. order.Select(i => values[i])]);
    }

    /// <summary>The body's value, unless the one held is already a later revision.</summary>
    public void Set(string body, int revision, double value)
    {
        var at = Array.BinarySearch(_bodies, 0, Count, body, StringComparer.Ordinal);
        if (at >= 0)
        {
            if (_revisions[at] < revision)
            {
                _revisions[at] = revision;
                _values[at] = value;
            }

            return;
        }

        at = ~at;
        if (Count == _bodies.Length)
        {
            var capacity = Math.Max(4, Count * 2);
            Array.Resize(ref _bodies, capacity);
            Array.Resize(ref _revisions, capacity);
            Array.Resize(ref _values, capacity);
        }

        Array.Copy(_bodies, at, _bodies, at + 1, Count - at);
        Array.Copy(_revisions, at, _revisions, at + 1, Count - at);
        Array.Copy(_values, at, _values, at + 1, Count - at);
        _bodies[at] = body;
        _revisions[at] = revision;
        _values[at] = value;
        Count++;
    }
}
