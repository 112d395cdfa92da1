using Assessment.Scoring.Engine.Compilation;

namespace Assessment.Scoring.Methodologies;

/// <summary>A registered methodology version compiled for the engine, with the exact text it came from.</summary>
public sealed record CompiledVersion(CompiledMethodology Methodology, string Yaml, string Sha256);
