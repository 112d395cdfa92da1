using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Scoring.Methodologies;

/// <summary>Checks methodology text with the engine, so that nothing is registered that the engine cannot score.</summary>
public static class MethodologyValidation
{
    /// <summary>Every error, one per line as "line L, column C: path: what is wrong"; empty when the text is valid.</summary>
    public static IReadOnlyList<string> Errors(string yaml)
    {
        var result = MethodologyLoader.Load(yaml);
        return result.IsValid ? [] : [.. result.Errors.Select(e => e.ToString())];
    }
}
