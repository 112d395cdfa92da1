using Assessment.Scoring.Cycles;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Indicators;
using Grpc.Core;

namespace Assessment.Scoring.Runs;

/// <summary>Reads a cycle's bodies and observations from indicators and builds the dataset a methodology scores.</summary>
public sealed class CycleDatasetSource(IndicatorsReader indicators)
{
    public async Task<CycleDataset> ReadAsync(CycleRecord cycle, CompiledMethodology methodology, CancellationToken cancellationToken)
    {
        var data = await indicators.ReadAsync(cycle.BodyCodes, methodology.IndicatorCodes, cycle.Periods, cancellationToken);
        if (data.Bodies.Count == 0)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"Cycle {cycle.CycleId} has no body in scope: the catalogue has no active body of a kind that reports {methodology.Source.Id}'s indicators."));
        }

        try
        {
            return CycleDatasetBuilder.Build(methodology, data.Bodies, data.Observations, cycle.Period, cycle.PreviousPeriod);
        }
        catch (ArgumentException e)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Cycle {cycle.CycleId} cannot be scored under {methodology.Source.Id} {methodology.Source.Version}: {e.Message}."));
        }
    }
}
