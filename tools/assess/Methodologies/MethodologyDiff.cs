using Assessment.Scoring.Engine.Methodology;
using static Assessment.Cli.Methodologies.DiffText;

namespace Assessment.Cli.Methodologies;

/// <summary>
/// What changed between two versions of a methodology, section by section: the scale and policies, the tree of areas
/// (nodes added, removed, moved, reweighted, aggregated differently), the indicators (direction, transform,
/// normalisation, cap, missing-data treatment) and the rating bands. Pure: two parsed methodologies in, lines out.
/// </summary>
internal static class MethodologyDiff
{
    public const string General = "methodology";
    public const string Areas = "areas";
    public const string Indicators = "indicators";
    public const string Bands = "bands";

    public static IReadOnlyList<DiffLine> Compare(Methodology old, Methodology @new)
    {
        var lines = new List<DiffLine>();
        CompareGeneral(old, @new, lines);
        CompareTree(old.Root, @new.Root, lines);
        CompareIndicators(old, @new, lines);
        CompareBands(old, @new, lines);
        return lines;
    }

    private static void CompareGeneral(Methodology old, Methodology @new, List<DiffLine> lines)
    {
        void Changed(string what, string a, string b)
        {
            if (a != b)
            {
                lines.Add(new DiffLine(General, DiffLine.Changed, $"{what}: {a} -> {b}"));
            }
        }

        Changed("id", old.Id, @new.Id);
        Changed("version", old.Version, @new.Version);
        Changed("title (en)", old.Title.En, @new.Title.En);
        Changed("scale", $"{Number(old.Scale.Min)}..{Number(old.Scale.Max)}, {old.Scale.RoundingDigits} decimals",
            $"{Number(@new.Scale.Min)}..{Number(@new.Scale.Max)}, {@new.Scale.RoundingDigits} decimals");
        Changed("missing data", $"{Name(old.Missing.Treatment)}, min coverage {Number(old.Missing.MinCoverage)}",
            $"{Name(@new.Missing.Treatment)}, min coverage {Number(@new.Missing.MinCoverage)}");
        Changed("outliers", Outliers(old.Outliers), Outliers(@new.Outliers));
        Changed("peer groups", string.Join(", ", old.PeerGroups), string.Join(", ", @new.PeerGroups));
    }

    private static string Outliers(OutlierPolicy p) =>
        p.Enabled ? $"winsorise when skewness > {Number(p.Skewness)} and kurtosis > {Number(p.Kurtosis)}, at most {p.MaxWinsorised} points" : "off";

    private static void CompareTree(TreeNode oldRoot, TreeNode newRoot, List<DiffLine> lines)
    {
        var before = Flatten(oldRoot);
        var after = Flatten(newRoot);
        foreach (var (code, (node, parent)) in before.Where(n => !after.ContainsKey(n.Key)))
        {
            lines.Add(new DiffLine(Areas, DiffLine.Removed, Area(node, parent)));
        }

        foreach (var (code, (node, parent)) in after)
        {
            if (!before.TryGetValue(code, out var was))
            {
                lines.Add(new DiffLine(Areas, DiffLine.Added, Area(node, parent)));
                continue;
            }

            var changes = new List<string>();
            if (was.Parent?.Code != parent?.Code)
            {
                changes.Add($"moved from {was.Parent?.Code ?? "-"} to {parent?.Code ?? "-"}");
            }

            var weightBefore = Weight(was.Node, was.Parent);
            var weightAfter = Weight(node, parent);
            if (weightBefore != weightAfter)
            {
                changes.Add($"weight {weightBefore} -> {weightAfter}");
            }

            if (!node.IsIndicator && was.Node.Aggregation != node.Aggregation)
            {
                changes.Add($"aggregation {Name(was.Node.Aggregation)} -> {Name(node.Aggregation)}");
            }

            if (was.Node.MinCoverage != node.MinCoverage)
            {
                changes.Add($"min coverage {Coverage(was.Node.MinCoverage)} -> {Coverage(node.MinCoverage)}");
            }

            if (changes.Count > 0)
            {
                lines.Add(new DiffLine(Areas, DiffLine.Changed, $"{code}: {string.Join(", ", changes)}"));
            }
        }
    }

    private static string Coverage(double? value) => value is { } v ? Number(v) : "default";

    private static Dictionary<string, (TreeNode Node, TreeNode? Parent)> Flatten(TreeNode root)
    {
        var nodes = new Dictionary<string, (TreeNode, TreeNode?)>(StringComparer.Ordinal);
        void Walk(TreeNode node, TreeNode? parent)
        {
            nodes.TryAdd(node.Code, (node, parent));
            foreach (var child in node.Children)
            {
                Walk(child, node);
            }
        }

        Walk(root, null);
        return nodes;
    }

    private static void CompareIndicators(Methodology old, Methodology @new, List<DiffLine> lines)
    {
        foreach (var gone in old.Indicators.Where(i => @new.FindIndicator(i.Code) is null))
        {
            lines.Add(new DiffLine(Indicators, DiffLine.Removed, $"{gone.Code} ({Describe(gone)})"));
        }

        foreach (var now in @new.Indicators)
        {
            if (old.FindIndicator(now.Code) is not { } was)
            {
                lines.Add(new DiffLine(Indicators, DiffLine.Added, $"{now.Code} ({Describe(now)})"));
                continue;
            }

            var changes = new List<string>();
            void Changed(string what, string a, string b)
            {
                if (a != b)
                {
                    changes.Add($"{what} {a} -> {b}");
                }
            }

            Changed("direction", Name(was.Direction), Name(now.Direction));
            Changed("transform", Name(was.Transform), Name(now.Transform));
            Changed("normalisation", Normalisation(was.Normalisation), Normalisation(now.Normalisation));
            Changed("cap", Cap(was.Cap), Cap(now.Cap));
            Changed("missing", was.Missing is { } m1 ? Name(m1) : "default", now.Missing is { } m2 ? Name(m2) : "default");
            Changed("outlier treatment", was.Outliers ? "on" : "off", now.Outliers ? "on" : "off");
            Changed("unit", was.Unit ?? "-", now.Unit ?? "-");
            if (changes.Count > 0)
            {
                lines.Add(new DiffLine(Indicators, DiffLine.Changed, $"{now.Code}: {string.Join(", ", changes)}"));
            }
        }
    }

    private static string Describe(IndicatorSpec i) => $"{Name(i.Direction)}, {Normalisation(i.Normalisation)}";

    private static void CompareBands(Methodology old, Methodology @new, List<DiffLine> lines)
    {
        foreach (var gone in old.Bands.Where(b => @new.Bands.All(n => n.Code != b.Code)))
        {
            lines.Add(new DiffLine(Bands, DiffLine.Removed, $"{gone.Code} (from {Number(gone.Min)})"));
        }

        foreach (var band in @new.Bands)
        {
            var was = old.Bands.FirstOrDefault(b => b.Code == band.Code);
            if (was is null)
            {
                lines.Add(new DiffLine(Bands, DiffLine.Added, $"{band.Code} (from {Number(band.Min)})"));
            }
            else if (was.Min != band.Min || was.Label.En != band.Label.En)
            {
                lines.Add(new DiffLine(Bands, DiffLine.Changed, $"{band.Code}: from {Number(was.Min)} -> from {Number(band.Min)}"
                    + (was.Label.En != band.Label.En ? $", label '{was.Label.En}' -> '{band.Label.En}'" : string.Empty)));
            }
        }
    }
}
