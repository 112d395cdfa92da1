using System.Globalization;
using System.Text;

namespace Assessment.Bench.Engine;

/// <summary>
/// The benchmark's seeded synthetic case: 300 bodies x 150 indicators in 6 areas of 25, 5% of values missing,
/// every 5th indicator lower-is-better, random positive weights. Writes the data CSV, the methodology YAML
/// and the weights JSON that the numpy reference reads, so both sides score exactly the same thing.
/// </summary>
internal static class SyntheticData
{
    public const int Bodies = 300;
    public const int Indicators = 150;
    public const int Areas = 6;
    public const double MissingShare = 0.05;
    public const double Floor = 0.01;
    public const double WeightPerturbation = 0.2;

    public static void Write(string directory, int seed)
    {
        var random = new Random(seed);
        var perArea = Indicators / Areas;
        var indicatorWeights = new double[Indicators];
        var areaWeights = new double[Areas];
        for (var a = 0; a < Areas; a++)
        {
            areaWeights[a] = 0.5 + random.NextDouble();
            for (var k = 0; k < perArea; k++)
            {
                indicatorWeights[a * perArea + k] = 0.5 + random.NextDouble();
            }
            Normalise(indicatorWeights.AsSpan(a * perArea, perArea));
        }
        Normalise(areaWeights);

        var csv = new StringBuilder("body");
        for (var i = 0; i < Indicators; i++)
        {
            csv.Append(",i").Append(i.ToString("000", CultureInfo.InvariantCulture));
        }
        csv.Append('\n');
        for (var b = 0; b < Bodies; b++)
        {
            csv.Append('b').Append(b.ToString("000", CultureInfo.InvariantCulture));
            var level = random.NextDouble();
            for (var i = 0; i < Indicators; i++)
            {
                csv.Append(',');
                if (random.NextDouble() < MissingShare)
                {
                    continue;
                }
                // A body-level performance plus noise, on indicator-specific scales.
                var value = (10 + i) * (0.5 * level + random.NextDouble());
                csv.Append(value.ToString("R", CultureInfo.InvariantCulture));
            }
            csv.Append('\n');
        }
        File.WriteAllText(Path.Combine(directory, "data.csv"), csv.ToString());

        var yaml = new StringBuilder("""
            id: bench
            version: "1"
            title: Benchmark
            scale: {min: 0, max: 1, rounding: 6}
            missing: {treatment: reweight, min_coverage: 0.5}
            indicators:

            """);
        for (var i = 0; i < Indicators; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{code: i{i:000}, direction: {(IsLower(i) ? "lower" : "higher")}, normalisation: {{method: minmax, floor: {Floor}}}}}\n");
        }
        yaml.Append("root: {code: total, aggregation: geometric}\nareas:\n");
        for (var a = 0; a < Areas; a++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - code: area{a}\n    weight: {areaWeights[a]:R}\n    aggregation: arithmetic\n    indicators:\n");
            for (var k = 0; k < perArea; k++)
            {
                var i = a * perArea + k;
                yaml.Append(CultureInfo.InvariantCulture, $"      - {{code: i{i:000}, weight: {indicatorWeights[i]:R}}}\n");
            }
        }
        yaml.Append(CultureInfo.InvariantCulture, $"uncertainty: {{samples: 1000, weights: {WeightPerturbation}}}\n");
        File.WriteAllText(Path.Combine(directory, "methodology.yaml"), yaml.ToString());

        var json = new StringBuilder("{");
        json.Append("\"floor\": ").Append(Floor.ToString("R", CultureInfo.InvariantCulture));
        json.Append(", \"perturbation\": ").Append(WeightPerturbation.ToString("R", CultureInfo.InvariantCulture));
        json.Append(", \"min_coverage\": 0.5");
        json.Append(", \"lower\": [").Append(string.Join(", ", Enumerable.Range(0, Indicators).Select(i => IsLower(i) ? "true" : "false"))).Append(']');
        json.Append(", \"area_of\": [").Append(string.Join(", ", Enumerable.Range(0, Indicators).Select(i => i / perArea))).Append(']');
        json.Append(", \"indicator_weights\": [").Append(string.Join(", ", indicatorWeights.Select(w => w.ToString("R", CultureInfo.InvariantCulture)))).Append(']');
        json.Append(", \"area_weights\": [").Append(string.Join(", ", areaWeights.Select(w => w.ToString("R", CultureInfo.InvariantCulture)))).Append(']');
        json.Append('}');
        File.WriteAllText(Path.Combine(directory, "weights.json"), json.ToString());
    }

    private static bool IsLower(int indicator) => indicator % 5 == 4;

    /// <summary>Weights rounded to 12 digits with the residue on the last, so the file's weights add up to 1 within 1e-9.</summary>
    private static void Normalise(Span<double> weights)
    {
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w;
        }
        var rest = 1.0;
        for (var i = 0; i < weights.Length - 1; i++)
        {
            weights[i] = Math.Round(weights[i] / sum, 12);
            rest -= weights[i];
        }
        weights[^1] = rest;
    }
}
