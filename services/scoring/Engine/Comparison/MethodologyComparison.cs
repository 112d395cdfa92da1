using System.Collections.Immutable;
using Assessment.Scoring.Engine.Scoring;

namespace Assessment.Scoring.Engine.Comparison;

/// <summary>The same dataset scored under two methodologies (e.g. two versions), with both full runs kept for "what changed and why".</summary>
public sealed record MethodologyComparison(ScoreRun A, ScoreRun B, ImmutableArray<BodyComparison> Bodies)
{
    public BodyComparison Body(string code) => Bodies.First(b => b.Body == code);
}
