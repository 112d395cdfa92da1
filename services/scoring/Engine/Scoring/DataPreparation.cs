using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Data;
using Assessment.Scoring.Engine.Methodology;
using Assessment.Scoring.Engine.Missing;
using Assessment.Scoring.Engine.Normalisation;
using Assessment.Scoring.Engine.Outliers;

namespace Assessment.Scoring.Engine.Scoring;

/// <summary>
/// Turns a dataset period into <see cref="PreparedData"/>: raw -> capped -> transformed -> imputed ->
/// outlier-treated, per indicator; then normalises. The order matters: imputation works on transformed
/// values so a peer mean of ln(GNI) is a geometric mean of GNI, and outlier rules see the imputed column.
/// </summary>
internal static class DataPreparation
{
    /// <param name="pooled">Rent the large arrays from the shared pool; the caller must call <see cref="PreparedData.Return"/>.</param>
    public static PreparedData Prepare(CompiledMethodology m, Dataset data, bool usePreviousPeriod, bool imputation, bool pooled = false)
    {
        var n = data.Bodies.Length;
        var count = m.IndicatorCount;
        var source = usePreviousPeriod ? data.Previous ?? throw new InvalidOperationException("the dataset has no previous period") : data.Current;
        var previous = usePreviousPeriod ? null : data.Previous;

        var groupNames = new List<string>();
        var peerGroup = new int[n];
        for (var b = 0; b < n; b++)
        {
            var g = groupNames.IndexOf(data.Bodies[b].PeerGroup);
            if (g < 0)
            {
                g = groupNames.Count;
                groupNames.Add(data.Bodies[b].PeerGroup);
            }
            peerGroup[b] = g;
        }

        // Columns of 300 x 150 values land on the large object heap; a run that returns them to the pool
        // avoids a gen-2 collection every few runs.
        var raw = Rent<double>(count * n, pooled);
        var treated = Rent<double>(count * n, pooled);
        var flags = Rent<ValueTreatment>(count * n, pooled);
        Array.Clear(flags, 0, count * n);
        var observed = Rent<bool>(count * n, pooled);
        var columns = new Dictionary<string, int>(data.Indicators.Length, StringComparer.Ordinal);
        for (var c = 0; c < data.Indicators.Length; c++)
        {
            columns[data.Indicators[c]] = c;
        }
        var previousTreated = previous is null ? [] : new double[n];
        var scratch = new double[n];

        for (var i = 0; i < count; i++)
        {
            var column = columns.TryGetValue(m.IndicatorCodes[i], out var found) ? found : -1;
            var offset = i * n;
            var values = column < 0 ? default : source.Column(column);
            for (var b = 0; b < n; b++)
            {
                var value = column < 0 ? double.NaN : values[b];
                raw[offset + b] = value;
                treated[offset + b] = Treat(m, i, value, ref flags[offset + b]);
                observed[offset + b] = !double.IsNaN(treated[offset + b]);
                if (double.IsNaN(value))
                {
                    flags[offset + b] |= ValueTreatment.Missing;
                }
                if (previous is not null)
                {
                    var ignored = ValueTreatment.None;
                    previousTreated[b] = column < 0 ? double.NaN : Treat(m, i, previous[b, column], ref ignored);
                }
            }
            var treatedColumn = treated.AsSpan(offset, n);
            var flagColumn = flags.AsSpan(offset, n);
            if (imputation)
            {
                PeerImputation.Impute(m.MissingTreatments[i], treatedColumn, flagColumn, observed.AsSpan(offset, n),
                    previousTreated, peerGroup, groupNames.Count, scratch);
            }
            if (m.OutlierTreatment[i] && m.Normalisations[i] is not (NormalisationMethod.Goalposts or NormalisationMethod.Target))
            {
                OutlierTreatment.Apply(m.Source.Outliers, treatedColumn, flagColumn, scratch);
            }
        }

        return new PreparedData
        {
            Bodies = n,
            Raw = raw,
            Treated = treated,
            Treatments = flags,
            Observed = observed,
            Coverage = Coverage(m, observed, n, Rent<double>(m.NodeCount * n, pooled)),
            Pooled = pooled,
            PeerGroup = peerGroup,
            PeerGroupNames = [.. groupNames],
        };
    }

    private static double Treat(CompiledMethodology m, int indicator, double value, ref ValueTreatment flags)
    {
        if (double.IsNaN(value))
        {
            return value;
        }
        if (value < m.CapMin[indicator])
        {
            value = m.CapMin[indicator];
            flags |= ValueTreatment.Capped;
        }
        else if (value > m.CapMax[indicator])
        {
            value = m.CapMax[indicator];
            flags |= ValueTreatment.Capped;
        }
        var transformed = ValueTransform.Apply(m.Transforms[indicator], value);
        if (double.IsNaN(transformed))
        {
            flags |= ValueTreatment.OutsideTransformDomain;
        }
        return transformed;
    }

    internal static T[] Rent<T>(int length, bool pooled) =>
        pooled ? System.Buffers.ArrayPool<T>.Shared.Rent(length) : new T[length];

    /// <summary>
    /// Reported share of each node's indicators, counted bottom-up (children before parents in post-order)
    /// with bodies in the inner loop, so every read is contiguous.
    /// </summary>
    private static double[] Coverage(CompiledMethodology m, bool[] observed, int n, double[] coverage)
    {
        var reported = new int[m.NodeCount * n];
        for (var node = 0; node < m.NodeCount; node++)
        {
            var counts = reported.AsSpan(node * n, n);
            for (var c = 0; c < m.ChildCount[node]; c++)
            {
                var slot = m.ChildSlot[m.ChildStart[node] + c];
                if (slot < m.IndicatorCount)
                {
                    var column = observed.AsSpan(slot * n, n);
                    for (var b = 0; b < n; b++)
                    {
                        counts[b] += column[b] ? 1 : 0;
                    }
                }
                else
                {
                    var child = reported.AsSpan((slot - m.IndicatorCount) * n, n);
                    for (var b = 0; b < n; b++)
                    {
                        counts[b] += child[b];
                    }
                }
            }
            double leaves = m.LeafCount[node];
            for (var b = 0; b < n; b++)
            {
                coverage[node * n + b] = counts[b] / leaves;
            }
        }
        return coverage;
    }

    /// <summary>Normalises every indicator; <paramref name="methodOverride"/> replaces each indicator's method (uncertainty alternatives).</summary>
    public static void Normalise(CompiledMethodology m, double[] treated, int n, NormalisationMethod? methodOverride, double[] output)
    {
        var keys = new double[n];
        var index = new int[n];
        for (var i = 0; i < m.IndicatorCount; i++)
        {
            var method = methodOverride ?? m.Normalisations[i];
            var parameters = new Normaliser.Parameters(method, m.LowerIsBetter[i], m.GoalMin[i], m.GoalMax[i], m.Targets[i], m.Baselines[i],
                methodOverride is null ? m.Floors[i] : 0);
            Normaliser.Normalise(parameters, treated.AsSpan(i * n, n), output.AsSpan(i * n, n), keys, index);
        }
    }
}
