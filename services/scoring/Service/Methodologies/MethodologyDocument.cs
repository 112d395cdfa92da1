using System.Security.Cryptography;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Assessment.Scoring.Methodologies;

/// <summary>The identity of a methodology file: id, version and title read from its YAML, and its hash.</summary>
public sealed record MethodologyDocument(string Id, string Version, string Title, string Yaml, string Sha256)
{
    public static MethodologyDocument Read(string yaml, string source)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"{source}: the methodology must be a YAML mapping.");
        }

        string Required(string key) =>
            root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value }
                ? value
                : throw new FormatException($"{source}: '{key}' is missing or empty.");

        var title = root.Children.TryGetValue(new YamlScalarNode("title"), out var titleNode)
            ? titleNode switch
            {
                YamlScalarNode scalar => scalar.Value ?? string.Empty,
                YamlMappingNode languages when languages.Children.TryGetValue(new YamlScalarNode("en"), out var en) => ((YamlScalarNode)en).Value ?? string.Empty,
                _ => string.Empty,
            }
            : string.Empty;

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));
        return new MethodologyDocument(Required("id"), Required("version"), title, yaml, hash);
    }
}
