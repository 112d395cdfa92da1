using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Data;
using Assessment.Scoring.Engine.Methodology;
using Assessment.Scoring.Engine.Scoring;

namespace Assessment.Scoring.Engine.Tests;

/// <summary>Small methodologies written inline, so each test shows the whole method it checks.</summary>
internal static class TestMethodology
{
    /// <summary>A document with the given indicator list, root line and areas; scale 0..1 with 6 decimals unless overridden.</summary>
    public static string Doc(string indicators, string root, string areas, string extra = "") => $$"""
        id: test
        version: "1"
        title: {kk: Тест, ru: Тест, en: Test}
        {{extra}}
        indicators:
        {{indicators}}
        root: {{root}}
        areas:
        {{areas}}
        """.Replace("\r\n", "\n");

    /// <summary>Indicators a, b (and c) on fixed goalposts 0..1 so normalised values equal the raw ones.</summary>
    public const string Unit3 = """
          - {code: a, direction: higher, normalisation: {method: goalposts, min: 0, max: 1}}
          - {code: b, direction: higher, normalisation: {method: goalposts, min: 0, max: 1}}
          - {code: c, direction: higher, normalisation: {method: goalposts, min: 0, max: 1}}
        """;

    public const string Unit1 = """
          - {code: a, direction: higher, normalisation: {method: goalposts, min: 0, max: 1}}
        """;

    public const string Scale6 = "scale: {min: 0, max: 1, rounding: 6}";

    public static CompiledMethodology Compile(string yaml) => CompiledMethodology.FromYaml(yaml);

    public static MethodologyLoadResult Load(string yaml) => MethodologyLoader.Load(yaml);

    public static ScoreRun Score(string yaml, Dataset data) => new ScoringEngine(Compile(yaml)).Score(data);

    /// <summary>Dataset from rows "body:group" -> values per indicator (null = missing).</summary>
    public static Dataset Values(string[] indicators, params (string Body, double?[] Values)[] rows) =>
        Values(indicators, null, rows);

    public static Dataset Values(string[] indicators, string[]? groups, params (string Body, double?[] Values)[] rows)
    {
        var builder = new DatasetBuilder();
        foreach (var code in indicators)
        {
            builder.AddIndicator(code);
        }
        for (var r = 0; r < rows.Length; r++)
        {
            builder.AddBody(rows[r].Body, groups?[r] ?? "all");
            for (var i = 0; i < indicators.Length; i++)
            {
                builder.Set(rows[r].Body, indicators[i], rows[r].Values[i]);
            }
        }
        return builder.Build();
    }
}
