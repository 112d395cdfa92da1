using System.Globalization;
using System.Text;
using Assessment.Scoring.Engine.Methodology;

namespace Assessment.Cli.Methodologies;

/// <summary>How the parts of a methodology read in a diff: short, in the words of the YAML file.</summary>
internal static class DiffText
{
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Name<T>(T value) where T : struct, Enum
    {
        var text = value.ToString();
        var name = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && i > 0)
            {
                name.Append('_');
            }

            name.Append(char.ToLowerInvariant(text[i]));
        }

        return name.ToString();
    }

    public static string Normalisation(NormalisationSpec spec)
    {
        var parts = new List<string> { Name(spec.Method) };
        if (spec.Min is { } min || spec.Max is not null)
        {
            parts.Add($"[{(spec.Min is { } lo ? Number(lo) : "data")}, {(spec.Max is { } hi ? Number(hi) : "data")}]");
        }

        if (spec.Target is { } target)
        {
            parts.Add("target " + Number(target));
        }

        if (spec.Floor > 0)
        {
            parts.Add("floor " + Number(spec.Floor));
        }

        return string.Join(' ', parts);
    }

    public static string Cap(CapSpec? cap) =>
        cap is null ? "none" : $"[{(cap.Min is { } lo ? Number(lo) : "-inf")}, {(cap.Max is { } hi ? Number(hi) : "+inf")}]";

    /// <summary>The weight of a node inside its parent: a number, or "equal" when the parent weighs its children equally.</summary>
    public static string Weight(TreeNode node, TreeNode? parent) =>
        parent is null ? "root" : parent.EqualWeights || node.Weight is null ? "equal" : Number(node.Weight.Value);

    public static string Area(TreeNode node, TreeNode? parent) =>
        $"{(node.IsIndicator ? "indicator" : "area")} {node.Code} in {parent?.Code ?? "-"} (weight {Weight(node, parent)}{(node.IsIndicator ? string.Empty : ", " + Name(node.Aggregation))})";
}
