namespace Assessment.Indicators.Catalogue;

/// <summary>An indicator as stored. Direction: higher, lower or context; periodicity: year, quarter or month.</summary>
public sealed record IndicatorRecord(
    string Code,
    string NameKk,
    string NameRu,
    string NameEn,
    string Unit,
    string Direction,
    double ValidMin,
    double ValidMax,
    string Periodicity,
    IReadOnlyList<string> ReportedBy,
    double? Target);
