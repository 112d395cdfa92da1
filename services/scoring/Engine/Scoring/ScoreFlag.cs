namespace Assessment.Scoring.Engine.Scoring;

/// <summary>
/// Something a reader of a score must know: e.g. `withheld` (node below minimum coverage), `imputed_peer_mean`,
/// `winsorised`, `log_fallback`, `capped`, `missing`, `outside_transform_domain`, `unranked`. Subject names the
/// node or indicator concerned.
/// </summary>
public sealed record ScoreFlag(string Kind, string Subject)
{
    public override string ToString() => $"{Kind}:{Subject}";
}
