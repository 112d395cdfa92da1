namespace Assessment.Reporting.Scoring;

/// <summary>A body's name in the three languages, with its peer group, as the catalogue gives it.</summary>
public sealed record BodyName(string Code, string Kk, string Ru, string En, string PeerGroup)
{
    public string In(string language) => language switch
    {
        "kk" => string.IsNullOrWhiteSpace(Kk) ? En : Kk,
        "ru" => string.IsNullOrWhiteSpace(Ru) ? En : Ru,
        _ => string.IsNullOrWhiteSpace(En) ? Code : En,
    };
}
