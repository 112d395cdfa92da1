using Assessment.Contracts.Indicators;

namespace Assessment.Integration.Tests;

/// <summary>Indicators that tests create for themselves: reported by districts only, so no oblast's or city's completeness changes for other tests.</summary>
internal static class TestIndicators
{
    public static Indicator District(string code, double min = 0, double max = 1000, string english = "Appeals answered on time")
    {
        var indicator = new Indicator
        {
            Code = code,
            Name = new LocalisedText { Kk = "Мерзімінде жауап берілген өтініштер", Ru = "Обращения, рассмотренные в срок", En = english },
            Unit = "count",
            Direction = Direction.HigherIsBetter,
            ValidMin = min,
            ValidMax = max,
            Periodicity = Periodicity.Year,
        };
        indicator.ReportedBy.Add(BodyKind.District);
        return indicator;
    }
}
