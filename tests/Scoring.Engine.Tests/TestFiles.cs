using Assessment.Cli.Csv;
using Assessment.Scoring.Engine.Compilation;

namespace Assessment.Scoring.Engine.Tests;

/// <summary>Paths of the shipped methodologies and the test data copied next to the test assembly.</summary>
internal static class TestFiles
{
    public static string Methodology(string name) => Path.Combine(AppContext.BaseDirectory, "Methodologies", name);

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static CompiledMethodology Compile(string methodologyFile) =>
        CompiledMethodology.FromYaml(File.ReadAllText(Methodology(methodologyFile)));

    public static CsvTable Csv(string dataFile)
    {
        using var reader = new StreamReader(Data(dataFile));
        return CsvReader.Read(reader, dataFile);
    }
}
