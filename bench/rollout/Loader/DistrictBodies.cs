using System.Globalization;
using Assessment.Contracts.Indicators;
using Grpc.Core;

namespace Assessment.Bench.Rollout;

/// <summary>
/// Brings the catalogue up to the rollout's number of bodies with district akimats, created one by one through the
/// admin API (Catalogue.SaveBody, audited like any catalogue change), each under one of the oblasts.
/// </summary>
internal static class DistrictBodies
{
    public static async Task<IReadOnlyList<Body>> EnsureAsync(Catalogue.CatalogueClient catalogue, Func<CallOptions> admin, int total)
    {
        var bodies = (await catalogue.ListBodiesAsync(new ListBodiesRequest(), admin())).Bodies.ToList();
        var oblasts = bodies.Where(b => b.Kind == BodyKind.Oblast).OrderBy(b => b.Code, StringComparer.Ordinal).ToList();
        var existing = bodies.Count;
        for (var i = 1; bodies.Count < total; i++)
        {
            var code = $"KZ-D{i:D3}";
            if (bodies.Any(b => b.Code == code))
            {
                continue;
            }

            var number = i.ToString(CultureInfo.InvariantCulture);
            var body = new Body
            {
                Code = code,
                Name = new LocalisedText { Kk = $"Аудан {number}", Ru = $"Район {number}", En = $"District {number}" },
                Kind = BodyKind.District,
                ParentCode = oblasts[i % oblasts.Count].Code,
                PeerGroup = "districts",
                ActiveFrom = "2020-01-01",
            };
            bodies.Add(await catalogue.SaveBodyAsync(new SaveBodyRequest { Body = body, Reason = "bench/rollout: district akimats of the national rollout" }, admin()));
        }

        Console.WriteLine($"bodies in the catalogue: {existing}, districts added through SaveBody: {bodies.Count - existing}");
        return bodies.Take(total).ToList();
    }
}
