namespace Assessment.Indicators.Catalogue;

/// <summary>
/// Finds a body by its code or by its name in Kazakh, Russian or English, as files from statistics offices name
/// regions (the national regional file writes "Astana city" where the catalogue says "Astana").
/// </summary>
public sealed class BodyNameResolver
{
    private readonly Dictionary<string, string> _codes = new(StringComparer.OrdinalIgnoreCase);

    public BodyNameResolver(IEnumerable<BodyRecord> bodies)
    {
        foreach (var body in bodies)
        {
            _codes.TryAdd(body.Code, body.Code);
            foreach (var name in new[] { body.NameEn, body.NameRu, body.NameKk })
            {
                _codes.TryAdd(name.Trim(), body.Code);
            }

            if (body.Kind == "city")
            {
                _codes.TryAdd(body.NameEn.Trim() + " city", body.Code);
            }
        }
    }

    public string? Resolve(string text) => _codes.TryGetValue(text.Trim(), out var code) ? code : null;
}
