namespace Assessment.Reporting.Scoring;

/// <summary>An indicator's name in the three languages and its unit, as the catalogue gives them.</summary>
public sealed record IndicatorName(string Code, string Kk, string Ru, string En, string Unit)
{
    public string In(string language) => new BodyName(Code, Kk, Ru, En, string.Empty).In(language);
}
