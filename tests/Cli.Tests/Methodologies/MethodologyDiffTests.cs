using Assessment.Cli.Methodologies;
using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Cli.Tests.Methodologies;

public class MethodologyDiffTests
{
    private static readonly string Regions = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "methodologies", "kz-regions.yaml"));

    private static Methodology Load(string yaml) => MethodologyLoader.Load(yaml).GetOrThrow();

    [Fact]
    public void The_same_file_has_no_differences()
    {
        Assert.Empty(MethodologyDiff.Compare(Load(Regions), Load(Regions)));
    }

    [Fact]
    public void Names_the_new_version_each_reweighted_area_and_each_changed_normalisation()
    {
        var next = Regions.Replace("version: \"2024.1\"", "version: \"2025.1\"", StringComparison.Ordinal)
            .Replace("weight: 0.25", "weight: 0.15", StringComparison.Ordinal)
            .Replace("    weight: 0.15\n    weights: equal\n    indicators: [Transport", "    weight: 0.25\n    weights: equal\n    indicators: [Transport", StringComparison.Ordinal)
            .Replace("{code: crime_amount, unit: crimes, direction: lower, normalisation: minmax,", "{code: crime_amount, unit: crimes, direction: lower, normalisation: rank,", StringComparison.Ordinal);

        var lines = MethodologyDiff.Compare(Load(Regions), Load(next)).Select(l => $"{l.Section} {l.Mark} {l.Text}").ToList();

        Assert.Equal(
        [
            "methodology ~ version: 2024.1 -> 2025.1",
            "areas ~ infrastructure: weight 0.15 -> 0.25",
            "areas ~ safety_environment: weight 0.25 -> 0.15",
            "indicators ~ crime_amount: normalisation min_max -> rank",
        ], lines);
    }

    [Fact]
    public void An_indicator_moved_to_another_area_a_removed_indicator_and_a_changed_band_are_listed()
    {
        var next = Regions.Replace("indicators: [avg_salary, gdp_per_capita, unemployment-rate]", "indicators: [avg_salary, unemployment-rate, Transport-quanity-rate]", StringComparison.Ordinal)
            .Replace("indicators: [Transport-quanity-rate, Entertainment-places-rate]", "indicators: [Entertainment-places-rate]", StringComparison.Ordinal);
        var before = Load(Regions);
        var gone = Load(next.Replace("  - {code: gdp_per_capita, unit: thousand tenge, direction: higher, normalisation: minmax, missing: peer_median,\n     title: {kk: Жан басына шаққандағы ЖӨӨ, ru: ВРП на душу населения, en: GRP per capita}}\n", "", StringComparison.Ordinal));
        var band = before.Bands[0];
        var rebanded = gone with { Bands = gone.Bands.SetItem(0, band with { Min = band.Min + 5 }) };

        var lines = MethodologyDiff.Compare(before, rebanded);

        Assert.Contains(lines, l => l is { Section: "areas", Mark: '-' } && l.Text.StartsWith("indicator gdp_per_capita in economy", StringComparison.Ordinal));
        Assert.Contains(lines, l => l is { Section: "areas", Mark: '~' } && l.Text == "Transport-quanity-rate: moved from infrastructure to economy");
        Assert.Contains(lines, l => l is { Section: "indicators", Mark: '-' } && l.Text.StartsWith("gdp_per_capita", StringComparison.Ordinal));
        Assert.Contains(lines, l => l is { Section: "bands", Mark: '~' } && l.Text == $"{band.Code}: from {DiffText.Number(band.Min)} -> from {DiffText.Number(band.Min + 5)}");
    }
}
