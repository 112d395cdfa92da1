namespace Assessment.Scoring.Engine.Methodology;

/// <summary>One precise problem in a methodology: where (line, column, path) and what is wrong.</summary>
public sealed record MethodologyError(SourceMark Mark, string Path, string Message)
{
    public override string ToString() => $"{Mark}: {Path}: {Message}";
}
