using Assessment.Contracts.Indicators;

namespace Assessment.Scoring.Indicators;

/// <summary>Closes a cycle's period in indicators, so that late feeds are refused until an admin reopens it.</summary>
public sealed class PeriodLock(Periods.PeriodsClient periods, ServiceToken token)
{
    public async Task CloseAsync(string period, string cycleId, string actor, string reason, CancellationToken cancellationToken)
    {
        var request = new ChangePeriodsRequest { Reason = $"cycle {cycleId} closed by {actor}: {reason}" };
        request.Codes.Add(period);
        await periods.ClosePeriodsAsync(request, token.Headers(), cancellationToken: cancellationToken);
    }
}
