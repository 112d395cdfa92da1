using System.Buffers;
using Assessment.Scoring.Engine.Missing;

namespace Assessment.Scoring.Engine.Scoring;

/// <summary>
/// One period's indicator values after capping, transform, imputation and outlier treatment, in the compiled
/// methodology's indicator order, column-major (indicator * bodies + body). Independent of weights and
/// aggregation, so the Monte Carlo prepares it once per imputation setting.
/// </summary>
internal sealed class PreparedData
{
    public required int Bodies { get; init; }
    public required double[] Raw { get; init; }
    public required double[] Treated { get; init; }
    public required ValueTreatment[] Treatments { get; init; }
    /// <summary>True where the body reported the value (imputed values are not observed).</summary>
    public required bool[] Observed { get; init; }
    /// <summary>Share of each node's indicators that the body reported, node * bodies + body.</summary>
    public required double[] Coverage { get; init; }
    public required int[] PeerGroup { get; init; }
    public required string[] PeerGroupNames { get; init; }

    /// <summary>True when the arrays were rented from the shared pool (they may be longer than needed).</summary>
    public bool Pooled { get; init; }

    /// <summary>Gives rented arrays back; the instance must not be used afterwards.</summary>
    public void Return()
    {
        if (!Pooled)
        {
            return;
        }
        ArrayPool<double>.Shared.Return(Raw);
        ArrayPool<double>.Shared.Return(Treated);
        ArrayPool<ValueTreatment>.Shared.Return(Treatments);
        ArrayPool<bool>.Shared.Return(Observed);
        ArrayPool<double>.Shared.Return(Coverage);
    }
}
