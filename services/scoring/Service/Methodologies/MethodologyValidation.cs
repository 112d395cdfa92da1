using System.Text.RegularExpressions;
using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Scoring.Methodologies;

/// <summary>Checks methodology text with the engine, so that nothing is registered that the engine cannot score.</summary>
public static partial class MethodologyValidation
{
    /// <summary>Every error, one per line as "line L, column C: path: what is wrong"; empty when the text is valid.</summary>
    public static IReadOnlyList<string> Errors(string yaml)
    {
        var result = MethodologyLoader.Load(yaml);
        if (!result.IsValid)
        {
            return [.. result.Errors.Select(e => e.ToString())];
        }

        // The id and version name the methodology in URLs and file names: plain characters only.
        var document = MethodologyDocument.Read(yaml, "yaml");
        var errors = new List<string>();
        if (!IdPattern().IsMatch(document.Id))
        {
            errors.Add($"id: '{Shown(document.Id)}' must be 2 to 64 lower-case letters, digits or '-', e.g. kz-regions.");
        }

        if (!VersionPattern().IsMatch(document.Version))
        {
            errors.Add($"version: '{Shown(document.Version)}' must be 1 to 32 letters, digits, '.', '_' or '-', e.g. \"2025.1\".");
        }

        return errors;
    }

    private static string Shown(string value) =>
        string.Concat(value.Take(64).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")]
    private static partial Regex VersionPattern();
}
