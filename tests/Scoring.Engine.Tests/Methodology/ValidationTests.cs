using Assessment.Scoring.Engine.Methodology;
using static Assessment.Scoring.Engine.Tests.TestMethodology;

namespace Assessment.Scoring.Engine.Tests.Methodology;

public sealed class ValidationTests
{
    private const string Root = "{code: total, aggregation: arithmetic, weights: equal}";

    private static MethodologyError SingleError(string yaml)
    {
        var result = Load(yaml);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    [Fact]
    public void Shipped_methodologies_are_valid()
    {
        foreach (var file in new[] { "hdi-2021.yaml", "kz-regions.yaml", "kz-assessment-blocks.yaml" })
        {
            var result = Load(File.ReadAllText(TestFiles.Methodology(file)));
            Assert.True(result.IsValid, file + ": " + string.Join("; ", result.Errors));
        }
    }

    [Fact]
    public void Refuses_a_mapping_entry_without_a_key_as_a_syntax_error_rather_than_crashing()
    {
        // Found by the methodology fuzz test: YamlDotNet throws ArgumentException, not YamlException, here.
        var yaml = File.ReadAllText(TestFiles.Methodology("kz-regions.yaml")).Replace("  - code: economy", "  - : economy", StringComparison.Ordinal);
        var result = Load(yaml);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message.StartsWith("YAML syntax error", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_an_unknown_indicator_with_its_line_column_and_path()
    {
        var yaml = Doc(Unit3, Root, """
              - code: area
                weights: equal
                indicators: [a, b, c, salary]
            """);
        var errors = Load(yaml).Errors;
        var error = Assert.Single(errors, e => e.Message.Contains("unknown indicator 'salary'"));
        Assert.Equal(LineOf(yaml, "salary"), error.Mark.Line);
        Assert.Equal(yaml.Split('\n')[error.Mark.Line - 1].IndexOf("salary", StringComparison.Ordinal) + 1, error.Mark.Column);
        Assert.Equal("areas[0].indicators[3]", error.Path);
        Assert.Contains($"line {error.Mark.Line}, column {error.Mark.Column}", error.ToString());
    }

    [Fact]
    public void Reports_weights_that_do_not_add_up_to_one()
    {
        var yaml = Doc(Unit3, Root, """
              - code: area
                indicators:
                  - {code: a, weight: 0.5}
                  - {code: b, weight: 0.3}
                  - {code: c, weight: 0.1}
            """);
        var error = SingleError(yaml);
        Assert.Contains("add up to 0.9", error.Message);
        Assert.Equal("areas[0]", error.Path);
        Assert.Equal(LineOf(yaml, "code: area"), error.Mark.Line);
    }

    [Fact]
    public void Reports_a_missing_weight_at_its_path()
    {
        var yaml = Doc(Unit3, Root, """
              - code: area
                indicators:
                  - {code: a, weight: 0.5}
                  - {code: b, weight: 0.5}
                  - {code: c}
            """);
        var error = Assert.Single(Load(yaml).Errors, e => e.Path == "areas[0].indicators[2].weight");
        Assert.Contains("missing weight", error.Message);
        Assert.Equal(LineOf(yaml, "{code: c}"), error.Mark.Line);
    }

    [Fact]
    public void Reports_goalposts_without_both_ends()
    {
        var yaml = Doc("""
              - {code: a, direction: higher, normalisation: {method: goalposts, min: 0}}
            """, Root, """
              - code: area
                indicators: [{code: a, weight: 1}]
            """);
        var error = SingleError(yaml);
        Assert.Contains("needs both min and max goalposts", error.Message);
        Assert.Equal("indicators[0].normalisation", error.Path);
        Assert.Equal(LineOf(yaml, "code: a,"), error.Mark.Line);
    }

    [Fact]
    public void Reports_a_code_that_appears_twice_in_the_tree()
    {
        var yaml = Doc(Unit3, Root, """
              - code: area
                weights: equal
                indicators: [a, b]
              - code: area
                weights: equal
                indicators: [c]
            """);
        var error = SingleError(yaml);
        Assert.Contains("appears more than once", error.Message);
        Assert.Equal("areas[1].code", error.Path);
        var secondArea = yaml.Split('\n').Select((line, i) => (line, i)).Where(x => x.line.Contains("code: area")).ElementAt(1).i + 1;
        Assert.Equal(secondArea, error.Mark.Line);
    }

    [Fact]
    public void Reports_a_geometric_mean_over_minmax_values_that_can_be_zero()
    {
        var yaml = Doc("""
              - {code: a, direction: higher, normalisation: minmax}
              - {code: b, direction: higher, normalisation: {method: minmax, floor: 0.05}}
            """, Root, """
              - code: area
                aggregation: geometric
                weights: equal
                indicators: [a, b]
            """);
        var error = SingleError(yaml);
        Assert.Contains("geometric mean but 'a' can be zero", error.Message);
        Assert.Equal("areas[0].indicators[0]", error.Path);
    }

    [Fact]
    public void Reports_a_bad_enum_value_and_lists_the_allowed_ones()
    {
        var yaml = Doc("""
              - {code: a, direction: upward, normalisation: minmax}
            """, Root, """
              - code: area
                indicators: [{code: a, weight: 1}]
            """);
        var error = SingleError(yaml);
        Assert.Contains("'upward' is not a valid direction; expected one of: higher, lower", error.Message);
        Assert.Equal("indicators[0].direction", error.Path);
        Assert.Equal(LineOf(yaml, "upward"), error.Mark.Line);
    }

    [Fact]
    public void Reports_an_unknown_key_which_is_usually_a_typo()
    {
        var yaml = Doc(Unit1, Root, """
              - code: area
                indicators: [{code: a, wieght: 1}]
            """);
        Assert.Contains(Load(yaml).Errors, e => e.Message.Contains("unknown key 'wieght'") && e.Path == "areas[0].indicators[0].wieght");
    }

    [Fact]
    public void Reports_an_indicator_that_is_defined_but_not_used()
    {
        var yaml = Doc(Unit3, Root, """
              - code: area
                weights: equal
                indicators: [a, b]
            """);
        Assert.Contains("'c' is defined but not used", SingleError(yaml).Message);
    }

    [Fact]
    public void Reports_a_target_baseline_on_the_wrong_side()
    {
        var yaml = Doc("""
              - {code: a, direction: higher, normalisation: {method: target, target: 100, min: 120}}
            """, Root, """
              - code: area
                indicators: [{code: a, weight: 1}]
            """);
        Assert.Contains("must be on the worse side of the target", SingleError(yaml).Message);
    }

    [Fact]
    public void Reports_a_yaml_syntax_error_with_its_position()
    {
        var error = SingleError("id: x\nversion: \"1\ntitle: t\n");
        Assert.Contains("YAML syntax error", error.Message);
        Assert.Equal(2, error.Mark.Line);
    }

    [Fact]
    public void Reports_an_uncertainty_alternative_that_would_break_a_geometric_mean()
    {
        var yaml = Doc(Unit1, "{code: total, aggregation: geometric, weights: equal}", """
              - code: area
                indicators: [{code: a, weight: 1}]
            """, "uncertainty: {normalisations: [zscore]}");
        Assert.Contains("alternative zscore would put a zero or negative value", SingleError(yaml).Message);
    }

    [Fact]
    public void Compiling_an_invalid_methodology_throws_with_every_error()
    {
        var yaml = Doc(Unit3, Root, """
              - code: area
                weights: equal
                indicators: [a, x, y]
            """);
        var error = Assert.Throws<MethodologyException>(() => Compile(yaml));
        Assert.True(error.Errors.Length >= 3);
        Assert.Contains("unknown indicator 'x'", error.Message);
    }
}
