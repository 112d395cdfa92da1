using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Scoring;

/// <summary>The result of scoring one dataset under one methodology version.</summary>
public sealed record ScoreRun(
    string MethodologyId,
    string MethodologyVersion,
    ImmutableArray<string> NodeCodes,
    ImmutableArray<BodyScore> Bodies)
{
    public BodyScore Body(string code) => Bodies.First(b => b.Body == code);
}
