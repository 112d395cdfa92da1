using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Data;

/// <summary>Builds a <see cref="Dataset"/> value by value, by body and indicator code (for feeds, files and tests).</summary>
public sealed class DatasetBuilder
{
    private readonly List<Body> _bodies = [];
    private readonly Dictionary<string, int> _bodyIndex = new(StringComparer.Ordinal);
    private readonly List<string> _indicators = [];
    private readonly Dictionary<string, int> _indicatorIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Body, int Indicator), double> _current = [];
    private readonly Dictionary<(int Body, int Indicator), double> _previous = [];

    public DatasetBuilder AddBody(string code, string peerGroup = "all")
    {
        if (_bodyIndex.ContainsKey(code))
        {
            throw new ArgumentException($"body '{code}' is added twice");
        }
        _bodyIndex[code] = _bodies.Count;
        _bodies.Add(new Body(code, peerGroup));
        return this;
    }

    public DatasetBuilder AddIndicator(string code)
    {
        if (!_indicatorIndex.ContainsKey(code))
        {
            _indicatorIndex[code] = _indicators.Count;
            _indicators.Add(code);
        }
        return this;
    }

    public bool HasBody(string code) => _bodyIndex.ContainsKey(code);

    /// <summary>Sets a current-period value; NaN or null means missing.</summary>
    public DatasetBuilder Set(string body, string indicator, double? value) => Put(_current, body, indicator, value);

    public DatasetBuilder SetPrevious(string body, string indicator, double? value) => Put(_previous, body, indicator, value);

    private DatasetBuilder Put(Dictionary<(int, int), double> target, string body, string indicator, double? value)
    {
        if (!_bodyIndex.TryGetValue(body, out var b))
        {
            throw new ArgumentException($"unknown body '{body}'; add it first");
        }
        AddIndicator(indicator);
        target[(b, _indicatorIndex[indicator])] = value ?? double.NaN;
        return this;
    }

    public Dataset Build()
    {
        var current = Matrix(_current);
        var previous = _previous.Count == 0 ? null : Matrix(_previous);
        return new Dataset([.. _bodies], [.. _indicators], current, previous);
    }

    private DataMatrix Matrix(Dictionary<(int Body, int Indicator), double> values)
    {
        var n = _bodies.Count;
        var data = new double[n * _indicators.Count];
        Array.Fill(data, double.NaN);
        foreach (var ((b, i), v) in values)
        {
            data[i * n + b] = v;
        }
        return new DataMatrix(n, _indicators.Count, data);
    }
}
