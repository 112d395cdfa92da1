using System.Text.RegularExpressions;

namespace Assessment.Deploy.Tests;

/// <summary>
/// The settings a service's code reads, found in its source: the database it asks for, the broker and cache it
/// connects to, the token key, and the services it calls by service discovery ("http://_grpc.scoring").
/// </summary>
internal static partial class SettingsReadByCode
{
    public static IReadOnlySet<string> For(string projectDirectory)
    {
        var source = string.Join('\n', Directory.EnumerateFiles(projectDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith("appsettings.json", StringComparison.Ordinal))
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in ServiceDatabase().Matches(source))
        {
            keys.Add($"ConnectionStrings__{m.Groups[1].Value}");
        }

        foreach (Match m in NamedConnectionString().Matches(source))
        {
            keys.Add($"ConnectionStrings__{m.Groups[1].Value}");
        }

        if (source.Contains(".AddMessaging(", StringComparison.Ordinal))
        {
            keys.Add("ConnectionStrings__messaging");
        }

        if (source.Contains(".AddAssessmentAuthentication(", StringComparison.Ordinal) || source.Contains(".AddGatewaySecurity(", StringComparison.Ordinal))
        {
            keys.Add("Auth__SigningKey");
        }

        foreach (Match m in DiscoveredAddress().Matches(source))
        {
            keys.Add($"services__{m.Groups[2].Value}__{m.Groups[1].Value}__0");
        }

        // An address built per service ($"http://_grpc.{service}") over a list of names: each name in the list.
        foreach (Match m in AddressPerService().Matches(source))
        {
            foreach (Match name in Quoted().Matches(m.Groups[1].Value))
            {
                keys.Add($"services__{name.Groups[1].Value}__{m.Groups[2].Value}__0");
            }
        }

        return keys;
    }

    [GeneratedRegex("""AddServiceDatabase\("([a-z]+)"\)""")]
    private static partial Regex ServiceDatabase();

    [GeneratedRegex("""GetConnectionString\("([a-z]+)"\)""")]
    private static partial Regex NamedConnectionString();

    [GeneratedRegex("""http://_(grpc|http)\.([a-z]+)""")]
    private static partial Regex DiscoveredAddress();

    [GeneratedRegex("""foreach \(var service in new\[\] \{([^}]*)\}\)[^;]*?http://_(grpc|http)\.\{service\}""", RegexOptions.Singleline)]
    private static partial Regex AddressPerService();

    [GeneratedRegex("\"([a-z]+)\"")]
    private static partial Regex Quoted();
}
