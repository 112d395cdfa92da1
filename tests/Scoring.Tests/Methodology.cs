using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Methodologies;

namespace Assessment.Scoring.Tests;

/// <summary>The methodologies the service ships (embedded in its assembly), compiled for tests.</summary>
public static class Methodology
{
    public static string Yaml(string file)
    {
        using var stream = typeof(ShippedMethodologies).Assembly.GetManifestResourceStream($"methodologies/{file}")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static CompiledMethodology Compiled(string file) => CompiledMethodology.FromYaml(Yaml(file));
}
