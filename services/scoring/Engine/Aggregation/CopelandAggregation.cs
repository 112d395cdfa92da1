using Assessment.Scoring.Engine.Compilation;

namespace Assessment.Scoring.Engine.Aggregation;

/// <summary>
/// The non-compensatory Copeland rule (OECD/JRC Handbook on composite indicators, 2008, §6.2). For each pair of
/// bodies a and b, e_ab = (sum of weights of the children where a is better + half the weights where they
/// tie) / (sum of weights of the children both have). a beats b when e_ab &gt; 1/2, loses when e_ab &lt; 1/2.
/// Copeland score C = wins - losses over the m bodies compared; reported on 0..1 as (C + m) / (2m), so a body
/// that beats everyone scores 1, one that loses to everyone scores 0; a body with no one to compare scores 0.5.
/// </summary>
internal sealed class CopelandAggregation(int bodies)
{
    private readonly int[] _net = new int[bodies];
    private readonly int[] _compared = new int[bodies];

    public void Aggregate(CompiledMethodology m, int node, int n, ReadOnlySpan<double> normalised, ReadOnlySpan<double> weights,
        ReadOnlySpan<double> nodes, Span<double> output)
    {
        var indicators = m.IndicatorCount;
        var start = m.ChildStart[node];
        var count = m.ChildCount[node];
        var net = _net.AsSpan(0, n);
        var compared = _compared.AsSpan(0, n);
        net.Clear();
        compared.Clear();
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                double favour = 0, total = 0;
                for (var c = 0; c < count; c++)
                {
                    var slot = m.ChildSlot[start + c];
                    var column = slot < indicators ? normalised.Slice(slot * n, n) : nodes.Slice((slot - indicators) * n, n);
                    var xa = column[a];
                    var xb = column[b];
                    if (double.IsNaN(xa) || double.IsNaN(xb))
                    {
                        continue;
                    }
                    var w = weights[start + c];
                    total += w;
                    favour += xa > xb ? w : xa == xb ? w / 2 : 0;
                }
                if (total <= 0)
                {
                    continue;
                }
                compared[a]++;
                compared[b]++;
                // Compare shares exactly around one half, with a tolerance for summed floating weights.
                var share = favour / total;
                if (share > 0.5 + 1e-12)
                {
                    net[a]++;
                    net[b]--;
                }
                else if (share < 0.5 - 1e-12)
                {
                    net[a]--;
                    net[b]++;
                }
            }
        }
        for (var a = 0; a < n; a++)
        {
            var hasAny = false;
            for (var c = 0; c < count && !hasAny; c++)
            {
                var slot = m.ChildSlot[start + c];
                var column = slot < indicators ? normalised.Slice(slot * n, n) : nodes.Slice((slot - indicators) * n, n);
                hasAny = !double.IsNaN(column[a]);
            }
            output[a] = !hasAny ? double.NaN : compared[a] == 0 ? 0.5 : (net[a] + compared[a]) / (2.0 * compared[a]);
        }
    }
}
