namespace Assessment.Reporting.Localisation;

/// <summary>One UI string in the three portal languages.</summary>
public sealed record UiText(string Kk, string Ru, string En)
{
    public string In(string language) => language switch
    {
        Language.Kazakh => Kk,
        Language.Russian => Ru,
        _ => En,
    };
}
