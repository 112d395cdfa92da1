using System.Globalization;
using Assessment.Contracts.Indicators;
using Grpc.Core;
using Grpc.Net.Client;

namespace Assessment.Bench.Ingest;

/// <summary>
/// Every key the catalogue accepts for the regions: oblasts and cities x yearly indicators they report x open years,
/// left out where the body did not exist that year (Abai, Jetisu, Ulytau before 2022; Turkistan, Shymkent before 2018).
/// </summary>
internal static class KeySpace
{
    public static async Task<IReadOnlyList<ObservationKey>> LoadAsync(GrpcChannel channel, Func<CallOptions> call)
    {
        var bodies = (await new Catalogue.CatalogueClient(channel).ListBodiesAsync(new ListBodiesRequest { IncludeInactive = false }, call())).Bodies
            .Where(b => b.Kind is BodyKind.Oblast or BodyKind.CityOfRepublicanStatus)
            .OrderBy(b => b.Code, StringComparer.Ordinal)
            .ToList();
        var indicators = (await new Catalogue.CatalogueClient(channel).ListIndicatorsAsync(new ListIndicatorsRequest(), call())).Indicators
            .Where(i => i.Periodicity == Periodicity.Year)
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .ToList();
        var years = (await new Periods.PeriodsClient(channel).ListPeriodsAsync(new ListPeriodsRequest(), call())).Periods
            .Where(p => p.Kind == Periodicity.Year && p.Open)
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ToList();

        var keys = new List<ObservationKey>();
        foreach (var year in years)
        {
            foreach (var body in bodies.Where(b => Overlaps(b, year)))
            {
                foreach (var indicator in indicators.Where(i => i.ReportedBy.Contains(body.Kind)))
                {
                    keys.Add(new ObservationKey(body.Code, indicator.Code, year.Code, indicator.ValidMin, indicator.ValidMax));
                }
            }
        }

        Console.WriteLine($"keys: {keys.Count} ({bodies.Count} regions x {indicators.Count} yearly indicators x {years.Count} open years, less years before a region existed)");
        return keys;
    }

    private static bool Overlaps(Body body, Period year)
    {
        var starts = DateOnly.Parse(year.StartsOn, CultureInfo.InvariantCulture);
        var ends = DateOnly.Parse(year.EndsOn, CultureInfo.InvariantCulture);
        var from = body.ActiveFrom.Length == 0 ? DateOnly.MinValue : DateOnly.Parse(body.ActiveFrom, CultureInfo.InvariantCulture);
        var to = body.ActiveTo.Length == 0 ? DateOnly.MaxValue : DateOnly.Parse(body.ActiveTo, CultureInfo.InvariantCulture);
        return from <= ends && to >= starts;
    }
}
