using Assessment.Contracts.Scoring;
using Google.Protobuf.WellKnownTypes;

namespace Assessment.Reporting.Tests;

/// <summary>Small hand-made score runs, shaped as scoring returns them.</summary>
public static class Results
{
    public static ScoreRunResult Run(params BodyResult[] bodies)
    {
        var result = new ScoreRunResult
        {
            Run = new RunSummary
            {
                CycleId = "kz-regions-2022", RunNumber = 3, MethodologyId = "kz-regions", MethodologyVersion = "1.0",
                ComputedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero)),
            },
            Cycle = new Cycle { CycleId = "kz-regions-2022", Period = "2022", MethodologyId = "kz-regions", MethodologyVersion = "1.0", State = CycleState.Published, PublishedRun = 3 },
        };
        result.NodeCodes.Add(["root", "economy"]);
        result.Bodies.Add(bodies);
        return result;
    }

    public static BodyResult Body(string code, double? score, int rank, string peerGroup = "oblasts")
    {
        var body = new BodyResult { BodyCode = code, PeerGroup = peerGroup, Rank = rank, PeerRank = rank, Band = "B", Coverage = 0.95, RankP05 = rank, RankP95 = rank + 2 };
        if (score is { } s)
        {
            body.Score = s;
        }

        body.Nodes.Add(new NodeResult { Code = "root", Score = score ?? 0, Coverage = 0.95 });
        body.Nodes.Add(new NodeResult { Code = "economy", Score = 40, Coverage = 1 });
        body.Indicators.Add(new IndicatorResult
        {
            Code = "avg_salary", Raw = 301000, Normalised = 55.5, Weight = 0.25, Contribution = 13.875, Treatment = "none",
            Source = new ObservationSource { SubmissionId = "sub-1", Revision = 2, Sender = "akmola-system", ReceivedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2023, 2, 1, 8, 30, 0, TimeSpan.Zero)) },
        });
        return body;
    }
}
