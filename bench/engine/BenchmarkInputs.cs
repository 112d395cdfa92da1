using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Data;

namespace Assessment.Bench.Engine;

/// <summary>Loads the benchmark's methodology and data CSV (the same files numpy reads) into engine inputs.</summary>
internal static class BenchmarkInputs
{
    public const string DirectoryVariable = "ASSESS_BENCH_DIR";

    public static string DirectoryFromEnvironment() =>
        Environment.GetEnvironmentVariable(DirectoryVariable) ?? throw new InvalidOperationException($"set {DirectoryVariable} to the folder written by `generate`");

    public static (CompiledMethodology Methodology, Dataset Data) Load(string directory)
    {
        var methodology = CompiledMethodology.FromYaml(File.ReadAllText(Path.Combine(directory, "methodology.yaml")));
        var lines = File.ReadAllLines(Path.Combine(directory, "data.csv"));
        var header = lines[0].Split(',');
        var builder = new DatasetBuilder();
        for (var c = 1; c < header.Length; c++)
        {
            builder.AddIndicator(header[c]);
        }
        for (var r = 1; r < lines.Length; r++)
        {
            // The generator writes plain numbers without quotes, so a split is exact here.
            var fields = lines[r].Split(',');
            builder.AddBody(fields[0]);
            for (var c = 1; c < fields.Length; c++)
            {
                builder.Set(fields[0], header[c], fields[c].Length == 0 ? null : double.Parse(fields[c], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return (methodology, builder.Build());
    }
}
