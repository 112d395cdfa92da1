using System.Collections.Immutable;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Data;
using Assessment.Scoring.Engine.Scoring;

namespace Assessment.Scoring.Engine.Comparison;

/// <summary>Scores one dataset under two methodologies and lines the results up body by body (back-casting).</summary>
public static class MethodologyComparer
{
    public static MethodologyComparison Compare(CompiledMethodology a, CompiledMethodology b, Dataset data, ScoreOptions? options = null)
    {
        var runA = new ScoringEngine(a).Score(data, options);
        var runB = new ScoringEngine(b).Score(data, options);
        var bodies = ImmutableArray.CreateBuilder<BodyComparison>(data.Bodies.Length);
        var digits = Math.Max(a.Source.Scale.RoundingDigits, b.Source.Scale.RoundingDigits);
        for (var i = 0; i < data.Bodies.Length; i++)
        {
            var x = runA.Bodies[i];
            var y = runB.Bodies[i];
            bodies.Add(new BodyComparison(
                x.Body,
                x.Overall.Score,
                y.Overall.Score,
                x.Overall.Score is { } sa && y.Overall.Score is { } sb ? Math.Round(sb - sa, digits, MidpointRounding.AwayFromZero) : null,
                x.Rank,
                y.Rank,
                x.Rank is { } ra && y.Rank is { } rb ? ra - rb : null,
                x.Band?.Code,
                y.Band?.Code,
                x.Band?.Code != y.Band?.Code));
        }
        return new MethodologyComparison(runA, runB, bodies.MoveToImmutable());
    }
}
