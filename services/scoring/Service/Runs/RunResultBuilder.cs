using Assessment.Contracts.Indicators;
using Assessment.Contracts.Scoring;
using Assessment.Scoring.Engine.Scoring;
using Assessment.Scoring.Engine.Uncertainty;
using EngineBandProbability = Assessment.Scoring.Engine.Uncertainty.BandProbability;

namespace Assessment.Scoring.Runs;

/// <summary>
/// The stored form of a run's results: one BodyResult per body, in dataset order, with its node scores and the
/// lineage of every indicator down to the observation (submission, revision, sender) the value came from.
/// </summary>
public static class RunResultBuilder
{
    public static IReadOnlyList<BodyResult> Build(ScoreRun run, Engine.Uncertainty.UncertaintyResult? uncertainty,
        IReadOnlyDictionary<(string Body, string Indicator), ObservationRecord> sources)
    {
        var rootCode = run.NodeCodes[0];
        var intervals = uncertainty?.Bodies.ToDictionary(b => b.Body, StringComparer.Ordinal);
        var results = new List<BodyResult>(run.Bodies.Length);
        foreach (var body in run.Bodies)
        {
            var root = body.Overall;
            var result = new BodyResult
            {
                BodyCode = body.Body,
                PeerGroup = body.PeerGroup,
                Rank = body.Rank ?? 0,
                PeerRank = body.PeerGroupRank ?? 0,
                Band = body.Band?.Code ?? string.Empty,
                Coverage = root.Coverage,
            };
            if (root.Score is { } score)
            {
                result.Score = score;
            }

            if (root.Change is { } change)
            {
                result.Change = change;
            }

            if (body.RankChange is { } rankChange)
            {
                result.RankChange = rankChange;
            }

            result.Flags.AddRange(body.Flags.Select(f => f.ToString()));
            result.Nodes.AddRange(body.Nodes.Select(Node));
            result.Indicators.AddRange(Indicators(body, rootCode, sources));
            if (intervals?.GetValueOrDefault(body.Body) is { } interval)
            {
                result.RankP05 = (int)Math.Round(interval.RankP05 ?? 0, MidpointRounding.AwayFromZero);
                result.RankP95 = (int)Math.Round(interval.RankP95 ?? 0, MidpointRounding.AwayFromZero);
                result.BandProbabilities.AddRange(interval.Bands.Select(Band));
            }

            results.Add(result);
        }

        return results;
    }

    private static NodeResult Node(NodeScore node)
    {
        var result = new NodeResult { Code = node.Code, Coverage = node.Coverage, Withheld = node.Withheld };
        if (node.Score is { } score)
        {
            result.Score = score;
        }

        if (node.Change is { } change)
        {
            result.Change = change;
        }

        return result;
    }

    private static IEnumerable<IndicatorResult> Indicators(BodyScore body, string rootCode,
        IReadOnlyDictionary<(string Body, string Indicator), ObservationRecord> sources)
    {
        var contributions = body.Lineage.FirstOrDefault(l => l.Node == rootCode)?.Contributions
            .ToDictionary(c => c.Indicator, StringComparer.Ordinal);
        foreach (var trace in body.Indicators)
        {
            var indicator = new IndicatorResult { Code = trace.Indicator, Treatment = TreatmentText.Of(trace.Treatment) };
            if (trace.Raw is { } raw)
            {
                indicator.Raw = raw;
            }

            if (trace.Treated is { } treated)
            {
                indicator.Treated = treated;
            }

            if (trace.Normalised is { } normalised)
            {
                indicator.Normalised = normalised;
            }

            if (contributions?.GetValueOrDefault(trace.Indicator) is { } contribution)
            {
                indicator.Weight = contribution.EffectiveWeight;
                indicator.Contribution = contribution.Contribution;
            }

            if (sources.GetValueOrDefault((body.Body, trace.Indicator)) is { } source)
            {
                indicator.Source = new ObservationSource
                {
                    SubmissionId = source.SubmissionId,
                    Revision = source.Revision,
                    Sender = source.Sender,
                    ReceivedAt = source.ReceivedAt,
                };
            }

            yield return indicator;
        }
    }

    private static Contracts.Scoring.BandProbability Band(EngineBandProbability band) =>
        new() { Band = band.Band, Probability = band.Probability };
}
