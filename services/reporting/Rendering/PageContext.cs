using Assessment.Reporting.Localisation;

namespace Assessment.Reporting.Rendering;

/// <summary>What every page needs to render: its language, the UI strings, number formats and its own path.</summary>
public sealed record PageContext(string Language, UiStrings Strings, string Path)
{
    public NumberDisplay Numbers { get; } = new(Language);

    public string T(string key) => Strings.Get(key, Language);

    /// <summary>A link that keeps the current language, so the choice survives without cookies.</summary>
    public string Link(string path) => $"{path}?lang={Language}";
}
