using Assessment.Contracts.Indicators;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Data;
using Assessment.Scoring.Indicators;

namespace Assessment.Scoring.Runs;

/// <summary>
/// Turns the observations read from indicators into the engine's dataset: every body in scope is a row, every
/// methodology indicator a column (so a value nobody sent is a gap, handled by the missing-data rules, never a
/// zero); observations of other bodies, indicators or periods are left out.
/// </summary>
public static class CycleDatasetBuilder
{
    public static CycleDataset Build(CompiledMethodology methodology, IReadOnlyList<CatalogueBody> bodies, IReadOnlyList<ObservationRecord> observations,
        string period, string previousPeriod)
    {
        var builder = new DatasetBuilder();
        var declared = methodology.Source.PeerGroups;
        foreach (var body in bodies)
        {
            builder.AddBody(body.Code, PeerGroups.For(body.PeerGroup, body.Kind, declared));
        }

        foreach (var code in methodology.IndicatorCodes)
        {
            builder.AddIndicator(code);
        }

        var indicators = methodology.IndicatorCodes.ToHashSet(StringComparer.Ordinal);
        var used = new List<ObservationRecord>();
        var sources = new Dictionary<(string, string), ObservationRecord>();
        foreach (var record in observations)
        {
            if (!indicators.Contains(record.IndicatorCode) || !builder.HasBody(record.BodyCode) || !double.IsFinite(record.Value))
            {
                continue;
            }

            if (record.Period == period)
            {
                builder.Set(record.BodyCode, record.IndicatorCode, record.Value);
                sources[(record.BodyCode, record.IndicatorCode)] = record;
                used.Add(record);
            }
            else if (previousPeriod.Length > 0 && record.Period == previousPeriod)
            {
                builder.SetPrevious(record.BodyCode, record.IndicatorCode, record.Value);
                used.Add(record);
            }
        }

        return new CycleDataset(builder.Build(), used, sources);
    }
}
