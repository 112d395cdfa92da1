using System.Globalization;
using Assessment.Contracts.Indicators;

namespace Assessment.Indicators.Catalogue;

/// <summary>Between stored words (oblast, higher, year…) and the contract's enums.</summary>
public static class CatalogueMapping
{
    public static BodyKind ToBodyKind(string kind) => kind switch
    {
        "central_body" => BodyKind.CentralBody,
        "oblast" => BodyKind.Oblast,
        "city" => BodyKind.CityOfRepublicanStatus,
        "district" => BodyKind.District,
        _ => throw new InvalidOperationException($"Unknown body kind '{kind}' in the catalogue."),
    };

    public static string FromBodyKind(BodyKind kind) => kind switch
    {
        BodyKind.CentralBody => "central_body",
        BodyKind.Oblast => "oblast",
        BodyKind.CityOfRepublicanStatus => "city",
        BodyKind.District => "district",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a body kind."),
    };

    public static string FromDirection(Direction direction) => direction switch
    {
        Direction.HigherIsBetter => "higher",
        Direction.LowerIsBetter => "lower",
        Direction.Context => "context",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Not a direction."),
    };

    public static string FromPeriodicity(Periodicity periodicity) => periodicity switch
    {
        Periodicity.Year => "year",
        Periodicity.Quarter => "quarter",
        Periodicity.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(periodicity), periodicity, "Not a periodicity."),
    };

    public static Body ToContract(this BodyRecord body) => new()
    {
        Code = body.Code,
        Name = new LocalisedText { Kk = body.NameKk, Ru = body.NameRu, En = body.NameEn },
        Kind = ToBodyKind(body.Kind),
        ParentCode = body.ParentCode ?? string.Empty,
        PeerGroup = body.PeerGroup,
        ActiveFrom = body.ActiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ActiveTo = body.ActiveTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public static Indicator ToContract(this IndicatorRecord indicator)
    {
        var contract = new Indicator
        {
            Code = indicator.Code,
            Name = new LocalisedText { Kk = indicator.NameKk, Ru = indicator.NameRu, En = indicator.NameEn },
            Unit = indicator.Unit,
            Direction = indicator.Direction switch
            {
                "higher" => Direction.HigherIsBetter,
                "lower" => Direction.LowerIsBetter,
                _ => Direction.Context,
            },
            ValidMin = indicator.ValidMin,
            ValidMax = indicator.ValidMax,
            Periodicity = indicator.Periodicity switch
            {
                "quarter" => Periodicity.Quarter,
                "month" => Periodicity.Month,
                _ => Periodicity.Year,
            },
        };
        contract.ReportedBy.AddRange(indicator.ReportedBy.Select(ToBodyKind));
        if (indicator.Target is { } target)
        {
            contract.Target = target;
        }

        return contract;
    }
}
