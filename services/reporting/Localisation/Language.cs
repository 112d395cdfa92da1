namespace Assessment.Reporting.Localisation;

/// <summary>The three languages of the portal: Kazakh (state language), Russian and English.</summary>
public static class Language
{
    public const string Kazakh = "kk";
    public const string Russian = "ru";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Kazakh, Russian, English];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
