namespace Assessment.Scoring.Engine.Methodology;

/// <summary>A label in the three languages every public text is published in.</summary>
public sealed record LocalizedText(string Kk, string Ru, string En)
{
    public static LocalizedText Same(string text) => new(text, text, text);
}
