using Assessment.Contracts.Scoring;
using Google.Protobuf.WellKnownTypes;

namespace Assessment.Scoring.Cycles;

public static class CycleMapping
{
    public static Cycle ToContract(this CycleRecord record)
    {
        var cycle = new Cycle
        {
            CycleId = record.CycleId,
            Period = record.Period,
            PreviousPeriod = record.PreviousPeriod,
            MethodologyId = record.MethodologyId,
            MethodologyVersion = record.MethodologyVersion,
            State = record.State,
            PublishedRun = record.PublishedRun ?? 0,
        };
        cycle.BodyCodes.AddRange(record.BodyCodes);
        cycle.History.AddRange(record.History.Select(t => new CycleTransition
        {
            From = t.From,
            To = t.To,
            Actor = t.Actor,
            At = Timestamp.FromDateTimeOffset(t.At),
            Reason = t.Reason,
        }));
        return cycle;
    }
}
