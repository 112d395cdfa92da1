using Assessment.Indicators.Catalogue;

namespace Assessment.Indicators.Feeds.Validation;

/// <summary>The catalogue as one submission is validated against it: read once, at the start of the submission.</summary>
public sealed class CatalogueSnapshot(IEnumerable<BodyRecord> bodies, IEnumerable<IndicatorRecord> indicators, IEnumerable<PeriodRecord> periods)
{
    public IReadOnlyDictionary<string, BodyRecord> Bodies { get; } = bodies.ToDictionary(b => b.Code, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IndicatorRecord> Indicators { get; } = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, PeriodRecord> Periods { get; } = periods.ToDictionary(p => p.Code, StringComparer.Ordinal);
}
