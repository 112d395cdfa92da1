using Assessment.Contracts.Scoring;
using Assessment.Reporting.Scoring;
using Grpc.Core;

namespace Assessment.Reporting.Pages;

/// <summary>
/// A body's score in every published cycle of the same methodology (any version), plus the cycle being shown:
/// the trend over periods. Other cycles' drafts are left out, so the trend on a public page is public too.
/// </summary>
public sealed class BodyTrend(ScoringReader scoring)
{
    public async Task<IReadOnlyList<(string Period, double Score)>> ForAsync(ScoreRunResult shown, BodyResult body, CancellationToken cancellationToken)
    {
        var points = new Dictionary<string, double>(StringComparer.Ordinal);
        if (body.HasScore)
        {
            points[shown.Cycle.Period] = body.Score;
        }

        var cycles = await scoring.ListCyclesAsync(null, cancellationToken);
        foreach (var cycle in cycles.Where(c => c.MethodologyId == shown.Cycle.MethodologyId && c.State == CycleState.Published
                     && c.CycleId != shown.Cycle.CycleId && !points.ContainsKey(c.Period)))
        {
            try
            {
                var result = await scoring.GetScoresAsync(cycle.CycleId, 0, body.BodyCode, lineage: false, null, cancellationToken);
                if (result.Bodies.FirstOrDefault() is { HasScore: true } other)
                {
                    points[cycle.Period] = other.Score;
                }
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                // The body was not scored in that cycle (e.g. a region created later): no point for that period.
            }
        }

        return points.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();
    }
}
