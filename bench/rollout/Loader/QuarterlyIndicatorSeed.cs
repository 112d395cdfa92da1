using System.Globalization;
using Assessment.Contracts.Indicators;
using Grpc.Core;

namespace Assessment.Bench.Rollout;

/// <summary>
/// The rollout's quarterly indicators, reported by every kind of body, created through the admin API
/// (Catalogue.SaveIndicator, audited like any catalogue change) unless an earlier run already created them.
/// </summary>
internal static class QuarterlyIndicatorSeed
{
    public static string Code(int i) => $"rollout_q{i:D3}";

    public static async Task EnsureAsync(Catalogue.CatalogueClient catalogue, Func<CallOptions> admin, int count)
    {
        var existing = (await catalogue.ListIndicatorsAsync(new ListIndicatorsRequest(), admin())).Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        for (var i = 1; i <= count; i++)
        {
            if (existing.Contains(Code(i)))
            {
                continue;
            }

            var number = i.ToString(CultureInfo.InvariantCulture);
            var indicator = new Indicator
            {
                Code = Code(i),
                Name = new LocalisedText { Kk = $"Тоқсандық көрсеткіш {number}", Ru = $"Квартальный показатель {number}", En = $"Quarterly indicator {number}" },
                Unit = "index",
                Direction = i % 2 == 0 ? Direction.HigherIsBetter : Direction.LowerIsBetter,
                ValidMin = 0,
                ValidMax = 1000,
                Periodicity = Periodicity.Quarter,
                ReportedBy = { BodyKind.CentralBody, BodyKind.Oblast, BodyKind.CityOfRepublicanStatus, BodyKind.District },
            };
            await catalogue.SaveIndicatorAsync(new SaveIndicatorRequest { Indicator = indicator, Reason = "bench/rollout: quarterly indicators of the national rollout" }, admin());
            added++;
        }

        Console.WriteLine($"quarterly indicators: {count} (rollout_q001..), {added} added through SaveIndicator");
    }
}
