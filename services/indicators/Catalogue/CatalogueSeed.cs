using System.Text.Json;

namespace Assessment.Indicators.Catalogue;

/// <summary>
/// The catalogue a new installation starts with: the 17 oblasts and 3 cities of republican status (ISO 3166-2 codes),
/// the central state bodies, and the indicators of the national regional statistics.
/// </summary>
public static class CatalogueSeed
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<BodyRecord> Bodies()
    {
        var rows = Read<List<SeedBody>>("bodies.json");
        return rows.Select(r => new BodyRecord(r.Code, r.NameKk, r.NameRu, r.NameEn, r.Kind, r.ParentCode, r.PeerGroup,
            DateOnly.Parse(r.ActiveFrom, System.Globalization.CultureInfo.InvariantCulture),
            r.ActiveTo is null ? null : DateOnly.Parse(r.ActiveTo, System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    public static IReadOnlyList<IndicatorRecord> Indicators()
    {
        var rows = Read<List<SeedIndicator>>("indicators.json");
        return rows.Select(r => new IndicatorRecord(r.Code, r.NameKk, r.NameRu, r.NameEn, r.Unit, r.Direction,
            r.ValidMin, r.ValidMax, r.Periodicity, r.ReportedBy, r.Target)).ToList();
    }

    private static T Read<T>(string file)
    {
        var assembly = typeof(CatalogueSeed).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Catalogue.Seed." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Seed file {file} is empty.");
    }

    private sealed record SeedBody(string Code, string NameKk, string NameRu, string NameEn, string Kind, string? ParentCode,
        string PeerGroup, string ActiveFrom, string? ActiveTo);

    private sealed record SeedIndicator(string Code, string NameKk, string NameRu, string NameEn, string Unit, string Direction,
        double ValidMin, double ValidMax, string Periodicity, List<string> ReportedBy, double? Target);
}
