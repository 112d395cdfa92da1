using YamlDotNet.RepresentationModel;

namespace Assessment.Deploy.Tests;

/// <summary>The objects in deploy/k8s, read as YAML documents; kind and name pick one.</summary>
internal static class KubernetesManifests
{
    private static readonly Lazy<IReadOnlyList<YamlMappingNode>> Cached = new(Load);

    public static IReadOnlyList<YamlMappingNode> All => Cached.Value;

    public static YamlMappingNode? Find(string kind, string name) =>
        All.FirstOrDefault(o => Text(o, "kind") == kind && Text(o, "metadata", "name") == name);

    public static YamlMappingNode Single(string kind, string name) =>
        Find(kind, name) ?? throw new Xunit.Sdk.XunitException($"deploy/k8s has no {kind} named {name}");

    /// <summary>The files kustomization.yaml applies.</summary>
    public static IReadOnlyList<string> AppliedFiles()
    {
        var kustomization = ReadDocuments(Repository.Path("deploy", "k8s", "kustomization.yaml")).Single();
        return ((YamlSequenceNode)kustomization.Children["resources"]).Children.Select(n => ((YamlScalarNode)n).Value!).ToList();
    }

    public static YamlMappingNode SecretTemplate() => ReadDocuments(Repository.Path("deploy", "k8s", "secret.template.yaml")).Single();

    public static YamlNode? Node(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    public static string? Text(YamlNode node, params string[] path) => (Node(node, path) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlMappingNode> Items(YamlNode node, params string[] path) =>
        (Node(node, path) as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [];

    private static IReadOnlyList<YamlMappingNode> Load() =>
        AppliedFiles().SelectMany(file => ReadDocuments(Repository.Path("deploy", "k8s", file))).ToList();

    private static IEnumerable<YamlMappingNode> ReadDocuments(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }
}
