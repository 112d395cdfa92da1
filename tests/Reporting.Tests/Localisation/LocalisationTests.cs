using System.Text.RegularExpressions;
using Assessment.Reporting.Localisation;
using Assessment.Reporting.Pages;

namespace Assessment.Reporting.Tests.Localisation;

public partial class LocalisationTests
{
    private readonly UiStrings _strings = new();

    [Fact]
    public void Every_key_has_a_text_in_kazakh_russian_and_english()
    {
        var missing = _strings.Keys
            .SelectMany(key => Language.All.Where(l => string.IsNullOrWhiteSpace(_strings.Find(key)!.In(l))).Select(l => $"{key}:{l}"))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Kazakh_and_russian_texts_are_translated_rather_than_copied_from_english()
    {
        var untranslated = _strings.Keys
            .Where(key => _strings.Find(key) is { } t && t.En.Any(char.IsLetter) && !t.En.StartsWith("SHA", StringComparison.Ordinal) && (t.Kk == t.En || t.Ru == t.En))
            .ToList();
        Assert.Empty(untranslated);
    }

    [Fact]
    public void Every_key_the_pages_ask_for_exists()
    {
        // Keys are written as T("...") or page.T("...") literals in the pages; state and peer keys are built from enums.
        var root = FindServiceFolder();
        var used = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, k => _strings.Find(k) is null);
    }

    [Fact]
    public void Every_cycle_state_has_a_label()
    {
        foreach (var state in Enum.GetValues<Assessment.Contracts.Scoring.CycleState>())
        {
            Assert.NotNull(_strings.Find(StateLabel.Key(state)));
        }
    }

    [Fact]
    public void Every_peer_group_has_a_label()
    {
        foreach (var group in new[] { "oblasts", "cities", "central-bodies", "something-new" })
        {
            Assert.NotNull(_strings.Find(PeerGroups.LabelKey(group)));
        }
    }

    private static string FindServiceFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "services", "reporting")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("services/reporting"), "services", "reporting");
    }

    [GeneratedRegex("""\bT\("([a-z.\-]+)"\)""")]
    private static partial Regex KeyLiteral();
}
