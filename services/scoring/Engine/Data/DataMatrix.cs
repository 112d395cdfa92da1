namespace Assessment.Scoring.Engine.Data;

/// <summary>
/// Values of one period, column-major (all bodies of indicator 0, then indicator 1, ...) so that each
/// indicator's column is contiguous for normalisation; NaN marks a missing value.
/// </summary>
public sealed class DataMatrix
{
    private readonly double[] _values;

    public DataMatrix(int bodies, int indicators, double[] columnMajorValues)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bodies);
        ArgumentOutOfRangeException.ThrowIfNegative(indicators);
        if (columnMajorValues.Length != bodies * indicators)
        {
            throw new ArgumentException($"expected {bodies * indicators} values ({bodies} bodies x {indicators} indicators), got {columnMajorValues.Length}", nameof(columnMajorValues));
        }
        foreach (var value in columnMajorValues)
        {
            if (double.IsInfinity(value))
            {
                throw new ArgumentException("values must be finite numbers or NaN for missing", nameof(columnMajorValues));
            }
        }
        Bodies = bodies;
        Indicators = indicators;
        _values = (double[])columnMajorValues.Clone();
    }

    public int Bodies { get; }

    public int Indicators { get; }

    public double this[int body, int indicator] => _values[indicator * Bodies + body];

    /// <summary>All bodies' values of one indicator.</summary>
    public ReadOnlySpan<double> Column(int indicator) => _values.AsSpan(indicator * Bodies, Bodies);

    public static DataMatrix Empty(int bodies, int indicators)
    {
        var values = new double[bodies * indicators];
        Array.Fill(values, double.NaN);
        return new DataMatrix(bodies, indicators, values);
    }
}
