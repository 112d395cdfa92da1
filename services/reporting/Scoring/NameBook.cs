namespace Assessment.Reporting.Scoring;

/// <summary>The names a page shows for codes; a code with no known name is shown as itself.</summary>
public sealed record NameBook(IReadOnlyDictionary<string, BodyName> Bodies, IReadOnlyDictionary<string, IndicatorName> Indicators)
{
    public static readonly NameBook Empty = new(new Dictionary<string, BodyName>(), new Dictionary<string, IndicatorName>());

    public string Body(string code, string language) => Bodies.TryGetValue(code, out var name) ? name.In(language) : code;

    public string Indicator(string code, string language) => Indicators.TryGetValue(code, out var name) ? name.In(language) : code;

    public string Unit(string code) => Indicators.TryGetValue(code, out var name) ? name.Unit : string.Empty;
}
