using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Data;

/// <summary>
/// What the engine scores: the bodies, the indicator codes of the data columns, the current period's values and
/// optionally the previous period's (same bodies and columns) for imputation and change since last period.
/// </summary>
public sealed record Dataset
{
    public Dataset(ImmutableArray<Body> bodies, ImmutableArray<string> indicators, DataMatrix current, DataMatrix? previous = null)
    {
        if (current.Bodies != bodies.Length || current.Indicators != indicators.Length)
        {
            throw new ArgumentException($"current values are {current.Bodies}x{current.Indicators}, expected {bodies.Length} bodies x {indicators.Length} indicators");
        }
        if (previous is not null && (previous.Bodies != bodies.Length || previous.Indicators != indicators.Length))
        {
            throw new ArgumentException($"previous values are {previous.Bodies}x{previous.Indicators}, expected {bodies.Length} bodies x {indicators.Length} indicators");
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            if (!codes.Add(body.Code))
            {
                throw new ArgumentException($"body '{body.Code}' appears twice in the dataset");
            }
        }
        codes.Clear();
        foreach (var indicator in indicators)
        {
            if (!codes.Add(indicator))
            {
                throw new ArgumentException($"indicator '{indicator}' appears twice in the dataset");
            }
        }
        Bodies = bodies;
        Indicators = indicators;
        Current = current;
        Previous = previous;
    }

    public ImmutableArray<Body> Bodies { get; }

    public ImmutableArray<string> Indicators { get; }

    public DataMatrix Current { get; }

    public DataMatrix? Previous { get; }

    public int IndexOfIndicator(string code) => Indicators.IndexOf(code, StringComparer.Ordinal);
}
