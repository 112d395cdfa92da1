using Assessment.Scoring.Methodologies;

namespace Assessment.Scoring.Tests;

public class MethodologyDocumentTests
{
    [Fact]
    public void Reads_id_version_and_english_title_and_hashes_the_exact_text()
    {
        const string yaml = "id: demo\nversion: '2025.1'\ntitle:\n  en: Demo index\n  ru: Демо\n";
        var document = MethodologyDocument.Read(yaml, "demo.yaml");

        Assert.Equal("demo", document.Id);
        Assert.Equal("2025.1", document.Version);
        Assert.Equal("Demo index", document.Title);
        Assert.Equal(Sha(yaml), document.Sha256);
        Assert.NotEqual(document.Sha256, MethodologyDocument.Read(yaml + "# edited\n", "demo.yaml").Sha256);
    }

    [Fact]
    public void Refuses_a_methodology_without_a_version_and_says_which_file()
    {
        var error = Assert.Throws<FormatException>(() => MethodologyDocument.Read("id: demo\n", "demo.yaml"));
        Assert.Contains("demo.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("'version'", error.Message, StringComparison.Ordinal);
    }

    private static string Sha(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}

public class ShippedMethodologyTests
{
    [Fact]
    public void Every_methodology_shipped_with_the_service_has_an_id_and_a_version()
    {
        var assembly = typeof(ShippedMethodologies).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("methodologies/", StringComparison.Ordinal)).ToList();
        Assert.Contains("methodologies/hdi-2021.yaml", names);
        foreach (var name in names)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var document = MethodologyDocument.Read(reader.ReadToEnd(), name);
            Assert.False(string.IsNullOrWhiteSpace(document.Title), name);
        }
    }
}
