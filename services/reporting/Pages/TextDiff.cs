namespace Assessment.Reporting.Pages;

/// <summary>
/// Line differences between two texts (longest common subsequence): what a methodology version removed and added.
/// Methodology files are a few hundred lines, so the quadratic table is small.
/// </summary>
public static class TextDiff
{
    public const int MaxLines = 5000;

    public sealed record Line(char Kind, int Number, string Text);

    /// <summary>The removed ('-', numbered in the old text) and added ('+', numbered in the new text) lines, in reading order.</summary>
    public static IReadOnlyList<Line> Changes(string before, string after)
    {
        var a = before.ReplaceLineEndings("\n").Split('\n');
        var b = after.ReplaceLineEndings("\n").Split('\n');
        if (a.Length > MaxLines || b.Length > MaxLines)
        {
            throw new ArgumentException($"Texts longer than {MaxLines} lines are not compared.");
        }

        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var changes = new List<Line>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                changes.Add(new Line('+', y + 1, b[y++]));
            }
            else
            {
                changes.Add(new Line('-', x + 1, a[x++]));
            }
        }

        return changes;
    }
}
