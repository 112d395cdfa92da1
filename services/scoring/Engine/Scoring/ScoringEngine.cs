using System.Collections.Immutable;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Data;
using Assessment.Scoring.Engine.Lineage;
using Assessment.Scoring.Engine.Methodology;
using Assessment.Scoring.Engine.Missing;
using Assessment.Scoring.Engine.Ranking;

namespace Assessment.Scoring.Engine.Scoring;

/// <summary>
/// Scores a dataset under a compiled methodology: node scores, ranks (overall and per peer group), bands,
/// change since the previous period, coverage, flags and lineage. Stateless apart from the compiled
/// methodology; safe to share between threads.
/// </summary>
public sealed class ScoringEngine(CompiledMethodology methodology)
{
    public CompiledMethodology Methodology { get; } = methodology;

    public ScoreRun Score(Dataset data, ScoreOptions? options = null)
    {
        options ??= ScoreOptions.Full;
        CheckPeerGroups(data);
        var m = Methodology;
        var n = data.Bodies.Length;

        var current = Evaluate(data, usePreviousPeriod: false);
        var previous = data.Previous is null ? null : Evaluate(data, usePreviousPeriod: true);

        var peerRanks = new int[n];
        new CompetitionRanking(n).RankWithinGroups(current.Evaluator.PublishedRoot, current.Data.PeerGroup,
            current.Data.PeerGroupNames.Length, peerRanks, new double[n], new int[n]);
        var bands = new BandLookup(m.Source.Bands);
        var lineage = options.IncludeLineage || options.IncludeIndicatorTraces
            ? new LineageBuilder(m, current.Data, current.Normalised, current.Evaluator.NodeValues)
            : null;

        var bodies = ImmutableArray.CreateBuilder<BodyScore>(n);
        for (var b = 0; b < n; b++)
        {
            var nodes = NodeScores(current, previous, b, n);
            var rank = current.Evaluator.Ranks[b];
            var previousRank = previous?.Evaluator.Ranks[b] ?? 0;
            var band = nodes[0].Score is { } overall ? bands.IndexOf(overall) : -1;
            bodies.Add(new BodyScore(
                data.Bodies[b].Code,
                data.Bodies[b].PeerGroup,
                nodes,
                rank == 0 ? null : rank,
                peerRanks[b] == 0 ? null : peerRanks[b],
                band < 0 ? null : m.Source.Bands[band],
                previousRank == 0 ? null : previousRank,
                rank == 0 || previousRank == 0 ? null : previousRank - rank,
                Flags(current.Data, nodes, rank, b, n),
                options.IncludeIndicatorTraces ? lineage!.Traces(b) : [],
                options.IncludeLineage ? lineage!.Build(b) : []));
        }
        current.Return();
        previous?.Return();
        return new ScoreRun(m.Source.Id, m.Source.Version, [.. m.OutputOrder.Select(i => m.NodeCodes[i])], bodies.MoveToImmutable());
    }

    private sealed record PeriodEvaluation(PreparedData Data, double[] Normalised, ScenarioEvaluator Evaluator)
    {
        public void Return()
        {
            Data.Return();
            System.Buffers.ArrayPool<double>.Shared.Return(Normalised);
        }
    }

    private PeriodEvaluation Evaluate(Dataset data, bool usePreviousPeriod)
    {
        var m = Methodology;
        var n = data.Bodies.Length;
        var prepared = DataPreparation.Prepare(m, data, usePreviousPeriod, imputation: true, pooled: true);
        var normalised = DataPreparation.Rent<double>(m.IndicatorCount * n, pooled: true);
        DataPreparation.Normalise(m, prepared.Treated, n, null, normalised);
        var evaluator = new ScenarioEvaluator(m, n);
        evaluator.Evaluate(normalised, prepared.Coverage, m.ChildWeight, m.Aggregations);
        return new PeriodEvaluation(prepared, normalised, evaluator);
    }

    private ImmutableArray<NodeScore> NodeScores(PeriodEvaluation current, PeriodEvaluation? previous, int b, int n)
    {
        var m = Methodology;
        var scale = m.Source.Scale;
        var nodes = ImmutableArray.CreateBuilder<NodeScore>(m.NodeCount);
        foreach (var node in m.OutputOrder)
        {
            var unit = current.Evaluator.NodeValues[node * n + b];
            var coverage = current.Data.Coverage[node * n + b];
            double? unrounded = double.IsNaN(unit) ? null : scale.FromUnit(unit);
            double? score = unrounded is { } u ? scale.Round(u) : null;
            double? before = null;
            if (previous is not null && previous.Evaluator.NodeValues[node * n + b] is var p && !double.IsNaN(p))
            {
                before = scale.Round(scale.FromUnit(p));
            }
            double? change = score is { } s && before is { } q ? scale.Round(s - q) : null;
            nodes.Add(new NodeScore(m.NodeCodes[node], score, unrounded, coverage, coverage < m.MinCoverage[node], before, change));
        }
        return nodes.MoveToImmutable();
    }

    private ImmutableArray<ScoreFlag> Flags(PreparedData data, ImmutableArray<NodeScore> nodes, int rank, int b, int n)
    {
        var m = Methodology;
        var flags = ImmutableArray.CreateBuilder<ScoreFlag>();
        foreach (var node in nodes)
        {
            if (node.Withheld)
            {
                flags.Add(new ScoreFlag("withheld", node.Code));
            }
        }
        if (rank == 0)
        {
            flags.Add(new ScoreFlag("unranked", m.NodeCodes[m.RootNode]));
        }
        for (var i = 0; i < m.IndicatorCount; i++)
        {
            var treatment = data.Treatments[i * n + b];
            if (treatment == ValueTreatment.None)
            {
                continue;
            }
            foreach (var flag in TreatmentFlags)
            {
                if ((treatment & flag) != 0)
                {
                    flags.Add(new ScoreFlag(YamlCase(flag), m.IndicatorCodes[i]));
                }
            }
        }
        return flags.ToImmutable();
    }

    private static readonly ValueTreatment[] TreatmentFlags = [.. Enum.GetValues<ValueTreatment>().Where(f => f != ValueTreatment.None)];

    private static string YamlCase(ValueTreatment flag) => flag switch
    {
        ValueTreatment.Missing => "missing",
        ValueTreatment.Capped => "capped",
        ValueTreatment.OutsideTransformDomain => "outside_transform_domain",
        ValueTreatment.ImputedPeerMean => "imputed_peer_mean",
        ValueTreatment.ImputedPeerMedian => "imputed_peer_median",
        ValueTreatment.ImputedPrevious => "imputed_previous",
        ValueTreatment.Winsorised => "winsorised",
        ValueTreatment.LogFallback => "log_fallback",
        _ => flag.ToString(),
    };

    private void CheckPeerGroups(Dataset data)
    {
        var declared = Methodology.Source.PeerGroups;
        if (declared.IsEmpty)
        {
            return;
        }
        foreach (var body in data.Bodies)
        {
            if (!declared.Contains(body.PeerGroup))
            {
                throw new ArgumentException($"body '{body.Code}' is in peer group '{body.PeerGroup}', which the methodology does not declare (declared: {string.Join(", ", declared)})");
            }
        }
    }
}
