using Assessment.Contracts.Indicators;

namespace Assessment.Cli.Feeds;

/// <summary>
/// Finds a body code from what a wide file writes in its first column: the code, the name in en/ru/kk, or for the three
/// cities of republican status "&lt;English name&gt; city" (the national regional file writes "Astana city").
/// </summary>
internal sealed class BodyNameIndex
{
    private readonly Dictionary<string, string> _codes = new(StringComparer.OrdinalIgnoreCase);

    public BodyNameIndex(IEnumerable<Body> bodies)
    {
        foreach (var body in bodies)
        {
            _codes.TryAdd(body.Code, body.Code);
            foreach (var name in new[] { body.Name?.En, body.Name?.Ru, body.Name?.Kk })
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    _codes.TryAdd(name.Trim(), body.Code);
                }
            }

            if (body.Kind == BodyKind.CityOfRepublicanStatus && !string.IsNullOrWhiteSpace(body.Name?.En))
            {
                _codes.TryAdd(body.Name.En.Trim() + " city", body.Code);
            }
        }
    }

    public string? Resolve(string text) => _codes.TryGetValue(text.Trim(), out var code) ? code : null;
}
